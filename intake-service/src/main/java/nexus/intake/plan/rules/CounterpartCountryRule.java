package nexus.intake.plan.rules;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.Counterpart;
import nexus.intake.plan.domain.PlanContent;

/**
 * Counterparts only from the call's countries (ASEAN); a plan involving any other country is
 * ineligible. At least one counterpart.
 */
public final class CounterpartCountryRule implements PlanRule {

  @Override
  public String name() {
    return "counterpart-country";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    if (plan.counterparts().isEmpty()) {
      return List.of(RuleViolation.of(name() + ".missing", "counterparts"));
    }
    List<RuleViolation> violations = new ArrayList<>();
    for (int i = 0; i < plan.counterparts().size(); i++) {
      Counterpart c = plan.counterparts().get(i);
      if (c.country() == null || !call.eligibleCountries().contains(c.country())) {
        violations.add(
            RuleViolation.of(
                name(), "counterparts[" + i + "].country", String.valueOf(c.country())));
      }
    }
    return violations;
  }
}
