package nexus.intake.plan.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;

/**
 * A PI may apply again (next year, with the same counterpart), but not with an exchange that
 * overlaps in time a plan of theirs that was awarded. Periods include both their first and last
 * day: a plan starting the day after an awarded one ends does not overlap it.
 */
public final class AwardedPlanOverlapRule {

  public String name() {
    return "awarded-plan-overlap";
  }

  /**
   * @param candidate the plan being submitted
   * @param piSubject its principal investigator
   * @param awarded awarded plans (the PI's; others are ignored)
   */
  public List<RuleViolation> check(Plan candidate, String piSubject, List<AwardedPlan> awarded) {
    PlanContent content = candidate.content();
    if (piSubject == null
        || content == null
        || content.exchangeStart() == null
        || content.exchangeEnd() == null) {
      return List.of();
    }
    LocalDate start = content.exchangeStart();
    LocalDate end = content.exchangeEnd();
    return awarded.stream()
        .filter(a -> piSubject.equals(a.piSubject()))
        .filter(a -> !a.planId().equals(candidate.id()))
        .filter(a -> a.exchangeStart() != null && a.exchangeEnd() != null)
        .filter(a -> !start.isAfter(a.exchangeEnd()) && !a.exchangeStart().isAfter(end))
        .map(
            a ->
                RuleViolation.of(
                    name(),
                    "exchangeStart",
                    start.toString(),
                    end.toString(),
                    Objects.requireNonNullElse(a.receiptNumber(), a.planId()),
                    Objects.requireNonNullElse(a.title(), ""),
                    a.exchangeStart().toString(),
                    a.exchangeEnd().toString()))
        .toList();
  }
}
