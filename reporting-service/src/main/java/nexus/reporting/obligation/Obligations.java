package nexus.reporting.obligation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nexus.events.AgreementSigned;
import nexus.events.EventEnvelope;
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

/**
 * Opens a plan's reporting obligation when its first agreement is signed, adds every further
 * signing institution, and lists obligations for staff.
 */
@Configuration(proxyBeanMethods = false)
public class Obligations {

  static final String OPEN = "OPEN";

  private final MongoTemplate mongo;
  private final Clock clock;

  Obligations(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Bean
  EventHandlers reportingEventHandlers() {
    return EventHandlers.builder().on(AgreementSigned.class, this::open).build();
  }

  /**
   * Upserts by plan id and adds the institution as to a set, so applying the same signature again
   * changes nothing. The plan's events arrive in order (keyed by plan id), so the first insert
   * carries the first signature.
   */
  void open(AgreementSigned signed, EventEnvelope envelope) {
    Update update =
        new Update()
            .addToSet("institutionIds", signed.institutionId())
            .setOnInsert("firstSignedAt", signed.signedAt())
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", OPEN)
            .setOnInsert("outbox", List.of());
    mongo.upsert(
        Query.query(Criteria.where("_id").is(signed.planId())), update, ObligationDocument.class);
  }

  /** A page of obligations, in the order the pageable asks for. */
  public Page<ObligationView> page(Pageable pageable) {
    Query query = new Query().with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, ObligationDocument.class),
            pageable,
            () -> mongo.count(new Query(), ObligationDocument.class))
        .map(ObligationView::of);
  }

  /** One plan's obligation, if an agreement for it was signed. */
  public Optional<ObligationView> one(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ObligationDocument.class))
        .map(ObligationView::of);
  }
}
