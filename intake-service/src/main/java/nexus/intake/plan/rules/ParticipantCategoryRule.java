package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PlanContent;

/** Only the categories the course admits (the mentor course: no students). */
public final class ParticipantCategoryRule implements PlanRule {

  @Override
  public String name() {
    return "participant-category";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.participants().size(); i++) {
      Participant p = plan.participants().get(i);
      if (p.role() == ParticipantRole.CHAPERONE) {
        continue;
      }
      if (p.category() == null || !course.eligibleCategories().contains(p.category())) {
        violations.add(
            RuleViolation.of(
                name(),
                "participants[" + i + "].category",
                p.name(),
                String.valueOf(p.category())));
      }
    }
    return violations;
  }
}
