package nexus.intake.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nexus.intake.plan.domain.Course;
import nexus.intake.plan.domain.Plan;
import nexus.intake.plan.domain.PlanContent;
import nexus.intake.plan.domain.PlanStatus;
import org.junit.jupiter.api.Test;

class AwardedPlanOverlapRuleTest {

  private static final String PI = "pi-tanaka";
  private static final AwardedPlan LAST_YEARS =
      new AwardedPlan(
          "P-awarded",
          PI,
          "YTEC-2025-00007",
          "Hydrogen exchange",
          LocalDate.of(2026, 1, 15),
          LocalDate.of(2026, 12, 20));

  private final AwardedPlanOverlapRule rule = new AwardedPlanOverlapRule();

  private static Plan planFrom(LocalDate start, LocalDate end) {
    PlanContent content =
        PlanContentFixtures.withPeriod(PlanContentFixtures.youngTalentPlan(), start, end);
    return new Plan(
            "P-new",
            "ytec-2026",
            "INST-1",
            "Demo",
            Course.YOUNG_TALENT,
            "Next year's exchange",
            List.of("TH"),
            0,
            PlanStatus.DRAFT,
            null)
        .withContent("green technology", content);
  }

  @Test
  void planStartingTheDayAfterTheAwardedPlanEndsDoesNotOverlapIt() {
    Plan next = planFrom(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 11, 30));
    Plan before = planFrom(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 14));

    assertThat(rule.check(next, PI, List.of(LAST_YEARS))).isEmpty();
    assertThat(rule.check(before, PI, List.of(LAST_YEARS))).isEmpty();
  }

  @Test
  void oneDayInCommonIsAnOverlapNamingTheAwardedPlanAndItsPeriod() {
    Plan next = planFrom(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 11, 30));

    List<RuleViolation> violations = rule.check(next, PI, List.of(LAST_YEARS));

    assertThat(violations).hasSize(1);
    RuleViolation v = violations.get(0);
    assertThat(v.rule()).isEqualTo("awarded-plan-overlap");
    assertThat(v.field()).isEqualTo("exchangeStart");
    assertThat(v.arguments())
        .containsExactly(
            "2026-12-20",
            "2027-11-30",
            "YTEC-2025-00007",
            "Hydrogen exchange",
            "2026-01-15",
            "2026-12-20");
  }

  @Test
  void aPlanInsideOrAroundTheAwardedPeriodOverlapsIt() {
    assertThat(
            rule.check(
                planFrom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                PI,
                List.of(LAST_YEARS)))
        .hasSize(1);
    assertThat(
            rule.check(
                planFrom(LocalDate.of(2025, 12, 1), LocalDate.of(2027, 1, 31)),
                PI,
                List.of(LAST_YEARS)))
        .hasSize(1);
  }

  @Test
  void anotherPisAwardedPlanDoesNotCount() {
    Plan overlapping = planFrom(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31));

    assertThat(rule.check(overlapping, "pi-suzuki", List.of(LAST_YEARS))).isEmpty();
  }

  @Test
  void aPlanThatWasNotAwardedDoesNotCount() {
    Plan overlapping = planFrom(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31));
    // the PI's only other plan was submitted but never awarded: it is not among the awarded
    assertThat(rule.check(overlapping, PI, List.of())).isEmpty();
  }

  @Test
  void theAwardedPlanItselfAndPlansWithoutPeriodsAreNotCompared() {
    Plan itself =
        new Plan(
                "P-awarded",
                "ytec-2025",
                "INST-1",
                "Demo",
                Course.YOUNG_TALENT,
                "Hydrogen exchange",
                List.of("TH"),
                0,
                PlanStatus.SUBMITTED,
                null)
            .withContent(null, PlanContentFixtures.youngTalentPlan());
    AwardedPlan noPeriod = new AwardedPlan("P-old", PI, null, "One-step plan", null, null);

    assertThat(rule.check(itself, PI, List.of(LAST_YEARS))).isEmpty();
    assertThat(
            rule.check(
                planFrom(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31)),
                PI,
                List.of(noPeriod)))
        .isEmpty();
  }
}
