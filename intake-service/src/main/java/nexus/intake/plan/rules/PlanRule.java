package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.PlanContent;

/** One rule of the call. */
public interface PlanRule {

  /** The rule's name, as violations and messages carry it. */
  String name();

  /** Everything in the plan that breaks this rule; empty when the plan keeps it. */
  List<RuleViolation> check(PlanContent plan, Call call, CourseRules course);
}
