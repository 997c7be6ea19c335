package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.plan.domain.Plan;

/**
 * One PI may not submit two plans in the same course of a call, even for other countries or content
 * (applying to both courses at once is allowed).
 */
public final class OnePlanPerCourseRule implements SubmissionRule {

  @Override
  public String name() {
    return "one-plan-per-course";
  }

  @Override
  public List<RuleViolation> check(Plan candidate, List<Plan> samePiPlans) {
    return samePiPlans.stream()
        .filter(other -> other.course() == candidate.course())
        .findFirst()
        .map(other -> List.of(RuleViolation.of(name(), "course", other.id(), other.title())))
        .orElse(List.of());
  }
}
