package nexus.intake.plan.rules;

import java.util.List;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.PartnerInstitution;
import nexus.intake.plan.domain.PlanContent;

/** At most one partner institution that receives funds (連携機関は最大1機関). */
public final class FundedPartnerLimitRule implements PlanRule {

  static final int MAX_FUNDED_PARTNERS = 1;

  @Override
  public String name() {
    return "funded-partner-limit";
  }

  @Override
  public List<RuleViolation> check(PlanContent plan, Call call, CourseRules course) {
    long funded = plan.partners().stream().filter(PartnerInstitution::funded).count();
    return funded > MAX_FUNDED_PARTNERS
        ? List.of(RuleViolation.of(name(), "partners", funded, MAX_FUNDED_PARTNERS))
        : List.of();
  }
}
