package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.BudgetCategory;
import nexus.intake.plan.domain.BudgetItem;
import nexus.intake.plan.domain.PlanContent;

/** Supplies (I 物品費) are consumables: an item of JPY 200,000 or more is equipment and is flagged. */
public final class SuppliesEquipmentRule implements PlanRule {

  @Override
  public String name() {
    return "supplies-equipment";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    List<RuleViolation> violations = new ArrayList<>();
    long threshold = call.budget().equipmentThresholdJpy();
    for (int i = 0; i < plan.budgetItems().size(); i++) {
      BudgetItem item = plan.budgetItems().get(i);
      if (item.category() == BudgetCategory.SUPPLIES && item.amountJpy() >= threshold) {
        violations.add(
            RuleViolation.of(
                name(),
                "budgetItems[" + i + "].amountJpy",
                item.description(),
                item.amountJpy(),
                threshold));
      }
    }
    return violations;
  }
}
