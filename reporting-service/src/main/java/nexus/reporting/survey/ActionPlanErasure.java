package nexus.reporting.survey;

import java.util.List;
import nexus.reporting.erasure.ErasedNames;
import nexus.reporting.obligation.ParticipantListErasure;
import nexus.reporting.survey.SurveyDocuments.ActionPlan;
import nexus.reporting.survey.domain.ActionItem;
import nexus.web.erasure.ErasableCopies;
import nexus.web.erasure.ErasedPeople;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Erasure in the plan's action plan: an item owned by the erased person keeps its number, text and
 * date with the marker as owner; their name in an item's text is replaced too.
 */
@Component
class ActionPlanErasure implements ErasableCopies {

  private final MongoTemplate mongo;
  private final ParticipantListErasure lists;

  ActionPlanErasure(MongoTemplate mongo, ParticipantListErasure lists) {
    this.mongo = mongo;
    this.lists = lists;
  }

  @Override
  public int anonymise(String planId, ErasedPeople erased) {
    ActionPlan plan = mongo.findById(planId, ActionPlan.class);
    if (plan == null || plan.items.isEmpty()) {
      return 0;
    }
    List<ErasedNames.Named> known = new java.util.ArrayList<>(lists.listedPeople(planId));
    plan.items.forEach(i -> known.add(new ErasedNames.Named(i.owner(), null)));
    ErasedNames names = ErasedNames.of(erased, known);
    List<ActionItem> items =
        plan.items.stream()
            .map(
                i ->
                    new ActionItem(
                        i.group(),
                        i.number(),
                        names.scrub(i.text()),
                        names.anonymised(i.owner()),
                        i.dueDate()))
            .toList();
    int changed = 0;
    for (int i = 0; i < items.size(); i++) {
      changed += items.get(i).equals(plan.items.get(i)) ? 0 : 1;
    }
    if (changed > 0) {
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(planId)),
          new Update().set("items", items),
          ActionPlan.class);
    }
    return changed;
  }
}
