package nexus.review.reviewcase;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nexus.events.EventEnvelope;
import nexus.events.PlanSubmitted;
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

  private final MongoTemplate mongo;
  private final Clock clock;

  ReviewCases(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Bean
  EventHandlers reviewEventHandlers() {
    return EventHandlers.builder().on(PlanSubmitted.class, this::open).build();
  }

  /** Upserts by plan id, so applying the same submission again changes nothing. */
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
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", RECEIVED)
            .setOnInsert("outbox", List.of());
    mongo.upsert(
        Query.query(Criteria.where("_id").is(submitted.planId())),
        update,
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
