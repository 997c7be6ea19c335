package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.Participant;
import nexus.intake.plan.domain.PlanContent;

/** At most 90 days per person, summed over all visits (e.g. 50 days in FY2025 and 40 in FY2026). */
public final class StayLimitRule implements PlanRule {

  @Override
  public String name() {
    return "stay-limit";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.participants().size(); i++) {
      Participant p = plan.participants().get(i);
      long days = p.stayDays();
      if (days > call.maxStayDaysPerPerson()) {
        violations.add(
            RuleViolation.of(
                name(),
                "participants[" + i + "].visits",
                p.name(),
                days,
                call.maxStayDaysPerPerson()));
      }
    }
    return violations;
  }
}
