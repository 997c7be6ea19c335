package nexus.reporting.survey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.survey.SurveyDocuments.ActionPlan;
import nexus.reporting.survey.domain.ActionItem;
import nexus.web.CurrentUser;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A plan's action plan (numbered items from the debrief), kept by its institutions or staff; the PI
 * says in the follow-up survey where each item stands.
 */
@Service
public class ActionPlans {

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final Clock clock;

  ActionPlans(MongoTemplate mongo, Obligations obligations, Clock clock) {
    this.mongo = mongo;
    this.obligations = obligations;
    this.clock = clock;
  }

  /** Sets a plan's action plan (the host or staff, after the debrief). */
  public List<ActionItem> setActionPlan(String planId, List<ActionItem> items, CurrentUser user) {
    obligations.factsFor(planId, user);
    ActionPlan plan = new ActionPlan();
    plan.planId = planId;
    plan.items = List.copyOf(items);
    plan.updatedAt = clock.instant();
    mongo.save(plan);
    return plan.items;
  }

  /** A plan's action plan for one of its institutions or staff (anyone else: not found). */
  public List<ActionItem> actionPlanFor(String planId, CurrentUser user) {
    obligations.factsFor(planId, user);
    return actionPlan(planId);
  }

  public List<ActionItem> actionPlan(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ActionPlan.class))
        .map(p -> p.items)
        .orElse(List.of());
  }
}
