package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.PlanContent;

/**
 * The request stays within the course's base amount, or at most 10% over it with a written reason
 * (基本額を超過する理由).
 */
public final class BudgetCapRule implements PlanRule {

  @Override
  public String name() {
    return "budget-cap";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    long requested = plan.requestedJpy();
    if (requested <= course.baseBudgetJpy()) {
      return List.of();
    }
    if (requested > course.overrunCapJpy()) {
      return List.of(RuleViolation.of(name(), "budgetItems", requested, course.overrunCapJpy()));
    }
    boolean reasoned = plan.overrunReason() != null && !plan.overrunReason().isBlank();
    return reasoned
        ? List.of()
        : List.of(
            RuleViolation.of(
                name() + ".reason", "overrunReason", requested, course.baseBudgetJpy()));
  }
}
