package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.plan.domain.Plan;

/**
 * A rule that looks at the PI's other submitted plans of the same call when a plan is submitted.
 */
public interface SubmissionRule {

  String name();

  /**
   * @param candidate the plan being submitted
   * @param samePiPlans the same PI's other submitted plans of the same call
   */
  List<RuleViolation> check(Plan candidate, List<Plan> samePiPlans);
}
