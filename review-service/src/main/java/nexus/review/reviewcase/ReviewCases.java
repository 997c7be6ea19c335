package nexus.review.reviewcase;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.messaging.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;

/** Opens a review case for every submitted plan and lists them for staff. */
@Configuration(proxyBeanMethods = false)
public class ReviewCases {

  static final String RECEIVED = "RECEIVED";
  static final String WITHDRAWN = "WITHDRAWN";

  private final MongoTemplate mongo;
  private final Clock clock;

  ReviewCases(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Bean
  EventHandlers reviewEventHandlers() {
    return EventHandlers.builder()
        .on(PlanSubmitted.class, this::open)
        .on(PlanWithdrawn.class, this::close)
        .build();
  }

  /**
   * Upserts by plan id, so applying the same submission again changes nothing, and a resubmitted
   * version (after a withdrawal) replaces the earlier one and reopens the case.
   */
  void open(PlanSubmitted submitted, EventEnvelope envelope) {
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
            .set("status", RECEIVED)
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("outbox", List.of());
    mongo.upsert(
        Query.query(Criteria.where("_id").is(submitted.planId())),
        update,
        ReviewCaseDocument.class);
  }

  /** A withdrawn plan closes its case (it leaves the review until it is submitted again). */
  void close(PlanWithdrawn withdrawn, EventEnvelope envelope) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(withdrawn.planId())),
        new Update().set("status", WITHDRAWN).set("withdrawnAt", withdrawn.withdrawnAt()),
        ReviewCaseDocument.class);
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
    return Optional.ofNullable(mongo.findById(planId, ReviewCaseDocument.class))
        .map(ReviewCaseView::of);
  }
}
