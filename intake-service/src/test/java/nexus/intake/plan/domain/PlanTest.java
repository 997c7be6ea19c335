package nexus.intake.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nexus.events.PlanSubmitted;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static Plan draft() {
    return new Plan(
        "P-1",
        "ytec-2025",
        "INST-1",
        "Demo Institute",
        Course.MENTOR,
        "Mentoring in Vientiane",
        List.of("LA"),
        3_000_000L,
        PlanStatus.DRAFT,
        null);
  }

  @Test
  void submittingADraftReturnsTheFactWithTheSubmittedContent() {
    Plan plan = draft();
    Instant now = Instant.parse("2025-10-15T02:59:59Z");

    PlanSubmitted submitted = plan.submit(now);

    assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    assertThat(plan.submittedAt()).isEqualTo(now);
    assertThat(submitted)
        .isEqualTo(
            new PlanSubmitted(
                "P-1",
                "ytec-2025",
                "INST-1",
                "Demo Institute",
                "MENTOR",
                "Mentoring in Vientiane",
                List.of("LA"),
                3_000_000L,
                now,
                1));
  }

  @Test
  void withdrawnPlanCanBeChangedAndSubmittedAsTheNextVersion() {
    Plan plan = draft();
    plan.submit(Instant.parse("2025-10-01T00:00:00Z"));
    plan.withdraw(Instant.parse("2025-10-02T00:00:00Z"), "budget corrected");

    assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
    plan.edit("Mentoring in Vientiane, revised", null, null);
    assertThat(plan.submit(Instant.parse("2025-10-03T00:00:00Z")).submissionVersion()).isEqualTo(2);
  }

  @Test
  void onlyASubmittedPlanCanBeWithdrawn() {
    assertThatThrownBy(() -> draft().withdraw(Instant.now(), "why"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSubmittedPlanCannotBeSubmittedAgain() {
    Plan plan = draft();
    plan.submit(Instant.parse("2025-10-01T00:00:00Z"));

    assertThatThrownBy(() -> plan.submit(Instant.parse("2025-10-02T00:00:00Z")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already SUBMITTED");
  }
}
