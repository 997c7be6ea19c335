package nexus.contract.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nexus.contract.casefile.domain.CaseOpening;
import nexus.contract.casefile.domain.CaseRefusedException;
import nexus.contract.casefile.domain.ContractCase;
import nexus.contract.payment.domain.PaymentRefusedException;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.messaging.Outbox;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Loads, changes and saves contract cases: each step runs on the case, its events go into the
 * case's outbox in the same write. Refusals of the rules become problem details (422), a concurrent
 * change a 409.
 */
@Service
public class ContractCases {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;

  ContractCases(MongoTemplate mongo, Outbox outbox, Clock clock) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Opens the case of an award once: a replayed award finds the case and changes nothing. */
  public void open(PlanAwarded awarded) {
    if (mongo.exists(
        Query.query(Criteria.where("_id").is(awarded.planId())), ContractCaseDocument.class)) {
      return;
    }
    try {
      mongo.insert(
          ContractCaseDocument.of(ContractCase.open(CaseOpening.of(awarded), clock.instant())));
    } catch (DuplicateKeyException alreadyOpened) {
      // another delivery of the same award won the race: the case exists, as it should
    }
  }

  /** A case, for staff. */
  public ContractCase one(String planId) {
    ContractCaseDocument d = mongo.findById(planId, ContractCaseDocument.class);
    if (d == null) {
      throw new NotFoundException("contract case " + planId);
    }
    return d.state;
  }

  /** A case, for a user of a funded institution; anyone else is told it does not exist. */
  public ContractCase ofInstitution(String planId, String institutionId) {
    ContractCase c = one(planId);
    if (!c.involves(institutionId)) {
      throw new NotFoundException("contract case " + planId);
    }
    return c;
  }

  /** Cases a funded institution takes part in. */
  public List<ContractCase> ofInstitution(String institutionId) {
    return mongo
        .find(
            Query.query(Criteria.where("institutionIds").is(institutionId)),
            ContractCaseDocument.class)
        .stream()
        .map(d -> d.state)
        .toList();
  }

  /** Every case (the dashboard reads these). */
  public List<ContractCase> all() {
    return mongo.findAll(ContractCaseDocument.class).stream().map(d -> d.state).toList();
  }

  /** Runs a step on the case and saves the case and the step's events in one write. */
  public List<IntegrationEvent> change(
      String planId, BiFunction<ContractCase, Instant, List<IntegrationEvent>> step) {
    ContractCaseDocument d = mongo.findById(planId, ContractCaseDocument.class);
    if (d == null) {
      throw new NotFoundException("contract case " + planId);
    }
    List<IntegrationEvent> events = refusalsAsProblems(() -> step.apply(d.state, clock.instant()));
    events.forEach(e -> d.outbox.add(outbox.entryFor(e)));
    d.refresh();
    try {
      mongo.save(d);
    } catch (OptimisticLockingFailureException e) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "case.changed-concurrently");
    }
    return events;
  }

  /** A step that returns no events. */
  public void update(String planId, BiConsumer<ContractCase, Instant> step) {
    change(
        planId,
        (c, at) -> {
          step.accept(c, at);
          return List.of();
        });
  }

  /** Runs a step, turning refusals of the rules into problem details. */
  public static <T> T refusalsAsProblems(Supplier<T> step) {
    try {
      return step.get();
    } catch (CaseRefusedException e) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), e.arguments());
    } catch (PaymentRefusedException e) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
  }
}
