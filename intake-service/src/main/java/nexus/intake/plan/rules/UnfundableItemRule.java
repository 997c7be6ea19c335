package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.PlanContent;

/**
 * Cultural experiences, sightseeing, admission fees, social gatherings and souvenirs are never
 * funded: budget items naming them (in English or Japanese) are flagged.
 */
public final class UnfundableItemRule implements PlanRule {

  @Override
  public String name() {
    return "unfundable-item";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.budgetItems().size(); i++) {
      BudgetItem item = plan.budgetItems().get(i);
      String text = item.description() == null ? "" : item.description().toLowerCase(Locale.ROOT);
      for (String keyword : call.budget().unfundableKeywords()) {
        if (text.contains(keyword.toLowerCase(Locale.ROOT))) {
          violations.add(
              RuleViolation.of(
                  name(), "budgetItems[" + i + "].description", item.description(), keyword));
          break;
        }
      }
    }
    return violations;
  }
}
