package nexus.review.reviewcase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.events.ReviewersAssigned;
import nexus.messaging.Outbox;
import nexus.messaging.OutboxEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/** Opens a review case for every submitted plan and lists them for staff. */
@Service
public class ReviewCases {

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Outbox outbox;

  ReviewCases(MongoTemplate mongo, Clock clock, Outbox outbox) {
    this.mongo = mongo;
    this.clock = clock;
    this.outbox = outbox;
  }

  /**
   * Upserts by plan id, so applying the same submission again changes nothing, and a resubmitted
   * version (after a withdrawal) replaces the earlier one and reopens the case: what was decided on
   * the earlier version (screening, export control, reviewers, decision) starts again.
   */
  public void open(PlanSubmitted submitted, EventEnvelope envelope) {
    Optional<OutboxEntry> unassigned =
        document(submitted.planId()).flatMap(earlier -> reviewersChange(earlier, List.of()));
    Update update =
        new Update()
            .set("callId", submitted.callId())
            .set("institutionId", submitted.institutionId())
            .set("institutionName", submitted.institutionName())
            .set("course", submitted.course())
            .set("title", submitted.title())
            .set("counterpartCountries", submitted.counterpartCountries())
            .set("requestedAmountJpy", submitted.requestedAmountJpy())
            .set("submittedAt", submitted.submittedAt())
            .set("submissionVersion", submitted.submissionVersion())
            .set("snapshot", submitted.snapshot())
            .set("institutionType", submitted.institutionType())
            .set("status", CaseStatus.RECEIVED)
            .set("reviewers", List.of())
            .set("pinnedReviewers", List.of())
            .unset("screening")
            .unset("exportControl")
            .unset("documentsRequest")
            .unset("decision")
            .unset("withdrawnAt")
            .setOnInsert("receivedAt", clock.instant());
    if (unassigned.isPresent()) {
      // the earlier version had reviewers: intake closes its documents to them
      update.push("outbox", unassigned.get());
    } else {
      update.setOnInsert("outbox", List.of());
    }
    mongo.upsert(byId(submitted.planId()), update, ReviewCaseDocument.class);
  }

  /** A withdrawn plan closes its case: it leaves review and ranking until submitted again. */
  public void close(PlanWithdrawn withdrawn, EventEnvelope envelope) {
    Update update =
        new Update()
            .set("status", CaseStatus.WITHDRAWN)
            .set("withdrawnAt", withdrawn.withdrawnAt())
            .set("reviewers", List.of())
            .set("pinnedReviewers", List.of());
    document(withdrawn.planId())
        .flatMap(c -> reviewersChange(c, List.of()))
        .ifPresent(entry -> update.push("outbox", entry));
    mongo.updateFirst(byId(withdrawn.planId()), update, ReviewCaseDocument.class);
  }

  /**
   * The announcement of a case's new reviewers ({@link ReviewersAssigned}, the full set, so the
   * latest wins), or empty when the set stays as it is. Push it to the outbox in the same write
   * that sets {@code reviewers}: intake lets exactly these reviewers read the plan's documents.
   */
  public Optional<OutboxEntry> reviewersChange(ReviewCaseDocument c, List<String> next) {
    List<String> before = c.reviewers == null ? List.of() : c.reviewers;
    if (Set.copyOf(before).equals(Set.copyOf(next))) {
      return Optional.empty();
    }
    return Optional.of(
        outbox.entryFor(new ReviewersAssigned(c.planId, List.copyOf(next), clock.instant())));
  }

  /**
   * Sets a case's reviewers (and the other changes of the update) in one write, with the
   * announcement of the new set and any further outbox entries.
   */
  public void updateReviewers(
      ReviewCaseDocument c, List<String> next, Update update, OutboxEntry... entries) {
    List<Object> pending = new ArrayList<>(List.of(entries));
    reviewersChange(c, next).ifPresent(pending::add);
    update.set("reviewers", next);
    if (!pending.isEmpty()) {
      update.push("outbox").each(pending.toArray());
    }
    update(c.planId, update);
  }

  /** A page of cases, newest submission first. */
  public Page<ReviewCaseView> page(Pageable pageable) {
    Query query = new Query().with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, ReviewCaseDocument.class),
            pageable,
            () -> mongo.count(new Query(), ReviewCaseDocument.class))
        .map(ReviewCaseView::of);
  }

  /** One case by plan id. */
  public Optional<ReviewCaseView> one(String planId) {
    return document(planId).map(ReviewCaseView::of);
  }

  /** The stored case, for the other features of this service. */
  public Optional<ReviewCaseDocument> document(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ReviewCaseDocument.class));
  }

  /** Every case of a call (withdrawn ones included). */
  public List<ReviewCaseDocument> ofCall(String callId) {
    return mongo.find(Query.query(Criteria.where("callId").is(callId)), ReviewCaseDocument.class);
  }

  /** The calls that have cases, sorted. */
  public List<String> callIds() {
    return mongo
        .findDistinct(new Query(), "callId", ReviewCaseDocument.class, String.class)
        .stream()
        .sorted()
        .toList();
  }

  /** Every case that is not withdrawn, of every call. */
  public List<ReviewCaseDocument> open() {
    return mongo.find(
        Query.query(Criteria.where("status").ne(CaseStatus.WITHDRAWN)), ReviewCaseDocument.class);
  }

  /** Applies one atomic update to a case (state change and outbox entries in one write). */
  public void update(String planId, Update update) {
    mongo.updateFirst(byId(planId), update, ReviewCaseDocument.class);
  }

  private static Query byId(String planId) {
    return Query.query(Criteria.where("_id").is(planId));
  }
}
