package nexus.intake.plan.rules;

import java.util.List;
import java.util.Optional;
import nexus.intake.call.domain.Call;
import nexus.intake.call.domain.CourseRules;
import nexus.intake.plan.domain.PlanContent;

/** Every rule of the call, checked together on each save and before submission. */
public final class PlanRuleBook {

  private final List<PlanRule> rules;

  public PlanRuleBook(List<PlanRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rules of the Y-tec call, in the order the call document gives them. */
  public static PlanRuleBook standard() {
    return new PlanRuleBook(
        List.of(
            new ParticipantCapRule(),
            new AgeLimitRule(),
            new ParticipantCategoryRule(),
            new ChaperoneRule(),
            new StayLimitRule(),
            new ExchangePeriodRule(),
            new CounterpartCountryRule(),
            new FundedPartnerLimitRule(),
            new BudgetCapRule(),
            new IndirectCostRule(),
            new UnfundableItemRule(),
            new SuppliesEquipmentRule()));
  }

  /** All violations of the plan against the call; a plan in an unknown course gets one. */
  public List<RuleViolation> check(PlanContent plan, Call call) {
    Optional<CourseRules> course = call.course(plan.course());
    if (course.isEmpty()) {
      return List.of(RuleViolation.of("course", "course", String.valueOf(plan.course())));
    }
    return rules.stream().flatMap(r -> r.check(plan, call, course.get()).stream()).toList();
  }

  public List<String> names() {
    return rules.stream().map(PlanRule::name).toList();
  }
}
