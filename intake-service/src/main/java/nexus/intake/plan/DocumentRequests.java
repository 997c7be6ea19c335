package nexus.intake.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nexus.events.DocumentsRequested;
import nexus.events.DocumentsSupplied;
import nexus.events.PlanSnapshot;
import nexus.messaging.Outbox;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Review's requests for more documents, kept on their plan: recorded once per request id however
 * often the event comes, shown to the plan's institution only, answered once with {@code
 * documents.supplied} in the plan's outbox.
 */
@Service
public class DocumentRequests {

  private static final Logger log = LoggerFactory.getLogger(DocumentRequests.class);

  private final PlanRepository plans;
  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final Clock clock;

  DocumentRequests(PlanRepository plans, MongoTemplate mongo, Outbox outbox, Clock clock) {
    this.plans = plans;
    this.mongo = mongo;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A plan with its requests, as its institution sees it. */
  public record PlanRequests(
      String planId,
      String callId,
      String title,
      String institutionName,
      List<DocumentRequest> requests) {

    public DocumentRequest request(String requestId) {
      return requests.stream()
          .filter(r -> r.requestId().equals(requestId))
          .findFirst()
          .orElseThrow(() -> new NotFoundException("document request " + requestId));
    }
  }

  /**
   * Records a request on its plan; a repeated event changes nothing.
   *
   * @return whether the request is new
   */
  public boolean record(DocumentsRequested event) {
    DocumentRequest request =
        new DocumentRequest(
            event.requestId(),
            event.kinds(),
            event.message(),
            event.dueDate(),
            event.requestedAt(),
            null,
            null,
            List.of());
    Query notYetRecorded =
        Query.query(
            Criteria.where("_id")
                .is(event.planId())
                .and("documentRequests.requestId")
                .ne(event.requestId()));
    boolean recorded =
        mongo
                .updateFirst(
                    notYetRecorded,
                    new Update().push("documentRequests", request).inc("version", 1),
                    PlanDocument.class)
                .getModifiedCount()
            > 0;
    if (!recorded && !plans.existsById(event.planId())) {
      log.warn("document request {} names an unknown plan {}", event.requestId(), event.planId());
    }
    return recorded;
  }

  /** The plan's requests, for a member of its institution; any other plan is "not found". */
  public PlanRequests of(CurrentUser user, String planId) {
    PlanDocument plan = own(user, planId);
    return new PlanRequests(
        plan.id,
        plan.callId,
        plan.title,
        plan.institutionName,
        plan.documentRequests == null ? List.of() : List.copyOf(plan.documentRequests));
  }

  /** Marks an open request answered with these documents and tells review. */
  public DocumentRequest answer(
      CurrentUser user, String planId, String requestId, List<DocumentRequest.SentDocument> sent) {
    PlanDocument plan = own(user, planId);
    List<DocumentRequest> requests = new ArrayList<>(plan.documentRequests);
    int index = indexOf(requests, requestId);
    if (!requests.get(index).open()) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "request.answered.already");
    }
    DocumentRequest answered = requests.get(index).answered(clock.instant(), user.subject(), sent);
    requests.set(index, answered);
    plan.documentRequests = requests;
    plan.outbox.add(
        outbox.entryFor(
            new DocumentsSupplied(
                planId,
                requestId,
                sent.stream()
                    .map(
                        d ->
                            new PlanSnapshot.Document(d.kind(), d.fileName(), d.sha256(), d.size()))
                    .toList(),
                answered.answeredAt())));
    plans.save(plan);
    return answered;
  }

  private PlanDocument own(CurrentUser user, String planId) {
    return plans
        .findByIdAndInstitutionId(planId, String.valueOf(user.institutionId()))
        .orElseThrow(() -> new NotFoundException("plan " + planId));
  }

  private static int indexOf(List<DocumentRequest> requests, String requestId) {
    for (int i = 0; i < requests.size(); i++) {
      if (requests.get(i).requestId().equals(requestId)) {
        return i;
      }
    }
    throw new NotFoundException("document request " + requestId);
  }
}
