package nexus.alumni.membership;

import java.util.List;
import java.util.Optional;
import nexus.events.EventEnvelope;
import nexus.events.ExchangeCompleted;
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
 * Enrols every participant of a completed exchange in the alumni association and lists members for
 * staff. Participants join when their plan ends, so membership starts at the completion time.
 */
@Configuration(proxyBeanMethods = false)
public class Members {

  private final MongoTemplate mongo;

  Members(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Bean
  EventHandlers alumniEventHandlers() {
    return EventHandlers.builder().on(ExchangeCompleted.class, this::enrol).build();
  }

  /**
   * Upserts one member per participant and adds the plan as to a set, so applying the same
   * completion again changes nothing; a returning participant keeps their first enrolment.
   */
  void enrol(ExchangeCompleted completed, EventEnvelope envelope) {
    for (String participantId : completed.participantIds()) {
      Update update =
          new Update()
              .addToSet("planIds", completed.planId())
              .setOnInsert("enrolledAt", completed.completedAt())
              .setOnInsert("outbox", List.of());
      mongo.upsert(
          Query.query(Criteria.where("_id").is(participantId)), update, MemberDocument.class);
    }
  }

  /** A page of members, in the order the pageable asks for. */
  public Page<MemberView> page(Pageable pageable) {
    Query query = new Query().with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, MemberDocument.class),
            pageable,
            () -> mongo.count(new Query(), MemberDocument.class))
        .map(MemberView::of);
  }

  /** One member, if the participant has been enrolled. */
  public Optional<MemberView> one(String id) {
    return Optional.ofNullable(mongo.findById(id, MemberDocument.class)).map(MemberView::of);
  }
}
