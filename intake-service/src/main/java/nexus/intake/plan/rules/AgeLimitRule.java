package nexus.intake.plan.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.ParticipantRole;
import nexus.intake.plan.domain.PlanContent;

/** In principle 40 or under on the exchange start date (young talent course; chaperones exempt). */
public final class AgeLimitRule implements PlanRule {

  @Override
  public String name() {
    return "age-limit";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    if (course.maxAge() == null || plan.exchangeStart() == null) {
      return List.of();
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.participants().size(); i++) {
      Participant p = plan.participants().get(i);
      if (p.role() == ParticipantRole.CHAPERONE || p.birthDate() == null) {
        continue;
      }
      int age = Period.between(p.birthDate(), plan.exchangeStart()).getYears();
      if (age > course.maxAge()) {
        violations.add(
            RuleViolation.of(
                name(), "participants[" + i + "].birthDate", p.name(), age, course.maxAge()));
      }
    }
    return violations;
  }
}
