package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.PlanContent;

/** Indirect costs (一般管理費) at most 10% of direct costs, in whole yen rounded down. */
public final class IndirectCostRule implements PlanRule {

  @Override
  public String name() {
    return "indirect-cap";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    long cap = plan.directJpy() * call.budget().indirectCapPercent() / 100;
    if (plan.indirectJpy() < 0) {
      return List.of(RuleViolation.of(name(), "indirectJpy", plan.indirectJpy(), cap));
    }
    return plan.indirectJpy() > cap
        ? List.of(RuleViolation.of(name(), "indirectJpy", plan.indirectJpy(), cap))
        : List.of();
  }
}
