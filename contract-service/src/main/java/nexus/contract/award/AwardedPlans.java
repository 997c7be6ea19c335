package nexus.contract.award;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nexus.events.EventEnvelope;
import nexus.events.PlanAwarded;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * Records every plan the agency awarded, waiting for its work plan, and lists them for staff. Plans
 * not selected ({@code plan.not-selected}) are of no concern to contracts: no handler, so the inbox
 * ignores them. {@code ContractEventHandlers} routes the awards here.
 */
@Service
public class AwardedPlans {

  static final String AWAITING_WORK_PLAN = "AWAITING_WORK_PLAN";

  private final MongoTemplate mongo;
  private final Clock clock;

  AwardedPlans(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /** Upserts by plan id, so applying the same award again changes nothing. */
  public void record(PlanAwarded awarded, EventEnvelope envelope) {
    Update update =
        new Update()
            .set("callId", awarded.callId())
            .set("institutionId", awarded.institutionId())
            .set("course", awarded.course())
            .set("awardedAmountJpy", awarded.awardedAmountJpy())
            .set("conditions", awarded.conditions())
            .set("awardedAt", awarded.awardedAt())
            .setOnInsert("receivedAt", clock.instant())
            .setOnInsert("status", AWAITING_WORK_PLAN)
            .setOnInsert("outbox", List.of());
    mongo.upsert(
        Query.query(Criteria.where("_id").is(awarded.planId())), update, AwardedPlanDocument.class);
  }

  /** A page of awarded plans, in the order the pageable asks for. */
  public Page<AwardedPlanView> page(Pageable pageable) {
    Query query = new Query().with(pageable);
    return PageableExecutionUtils.getPage(
            mongo.find(query, AwardedPlanDocument.class),
            pageable,
            () -> mongo.count(new Query(), AwardedPlanDocument.class))
        .map(AwardedPlanView::of);
  }

  /** One awarded plan, if the plan was awarded. */
  public Optional<AwardedPlanView> one(String planId) {
    return Optional.ofNullable(mongo.findById(planId, AwardedPlanDocument.class))
        .map(AwardedPlanView::of);
  }
}
