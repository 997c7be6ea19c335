package nexus.intake.award;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nexus.events.PlanAwarded;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.rules.AwardedPlan;
import nexus.intake.plan.rules.AwardedPlanOverlapRule;
import nexus.intake.plan.rules.RuleViolation;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Awarded plans in collection {@code awarded_plans}, one per plan id (a redelivered award changes
 * nothing). The PI and exchange period are read from intake's own plan when the award arrives: an
 * awarded plan no longer changes. Dates are stored as ISO text, free of any time zone.
 */
@Component
public class AwardedPlans {

  static final String COLLECTION = "awarded_plans";
  private static final Logger log = LoggerFactory.getLogger(AwardedPlans.class);

  private final MongoTemplate mongo;
  private final AwardedPlanOverlapRule rule = new AwardedPlanOverlapRule();

  AwardedPlans(MongoTemplate mongo) {
    this.mongo = mongo;
    mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("piSubject"));
  }

  /** What intake stored of its own plan, read from collection {@code plans}. */
  record StoredPlan(
      @Id String id, String piSubject, String receiptNumber, String title, PlanContent content) {}

  /** Keeps an award, with the plan's PI and exchange period. */
  public void record(PlanAwarded awarded) {
    StoredPlan plan = mongo.findById(awarded.planId(), StoredPlan.class, "plans");
    if (plan == null) {
      log.warn("plan {} was awarded but intake does not know it", awarded.planId());
    }
    PlanContent content = plan == null ? null : plan.content();
    Update update =
        new Update()
            .set("callId", awarded.callId())
            .set("awardedAt", Date.from(awarded.awardedAt()))
            .set("piSubject", plan == null ? null : plan.piSubject())
            .set("receiptNumber", plan == null ? null : plan.receiptNumber())
            .set("title", plan == null ? null : plan.title())
            .set("exchangeStart", iso(content == null ? null : content.exchangeStart()))
            .set("exchangeEnd", iso(content == null ? null : content.exchangeEnd()));
    mongo.upsert(Query.query(Criteria.where("_id").is(awarded.planId())), update, COLLECTION);
  }

  /** The PI's awarded plans, of any call. */
  public List<AwardedPlan> ofPi(String piSubject) {
    List<AwardedPlan> plans = new ArrayList<>();
    if (piSubject == null) {
      return plans;
    }
    mongo
        .getCollection(COLLECTION)
        .find(Filters.eq("piSubject", piSubject))
        .forEach(d -> plans.add(awardedPlan(d)));
    return plans;
  }

  /** The awarded-plan overlap rule for a plan being submitted by its PI. */
  public List<RuleViolation> overlapping(Plan candidate, String piSubject) {
    return rule.check(candidate, piSubject, ofPi(piSubject));
  }

  private static AwardedPlan awardedPlan(Document d) {
    return new AwardedPlan(
        d.getString("_id"),
        d.getString("piSubject"),
        d.getString("receiptNumber"),
        d.getString("title"),
        date(d.getString("exchangeStart")),
        date(d.getString("exchangeEnd")));
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
