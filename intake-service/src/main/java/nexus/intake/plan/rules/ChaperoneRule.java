package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PlanContent;

/** Chaperones (引率者) only in the young talent course. */
public final class ChaperoneRule implements PlanRule {

  @Override
  public String name() {
    return "chaperone-course";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    if (course.chaperoneAllowed()) {
      return List.of();
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.participants().size(); i++) {
      if (plan.participants().get(i).role() == ParticipantRole.CHAPERONE) {
        violations.add(
            RuleViolation.of(
                name(), "participants[" + i + "].role", plan.participants().get(i).name()));
      }
    }
    return violations;
  }
}
