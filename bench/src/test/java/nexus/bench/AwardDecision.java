package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nexus.review.assignment.Assignments;
import nexus.review.award.Awards;
import nexus.review.callsettings.CallSettings;
import nexus.review.callsettings.CallSettingsStore;
import nexus.review.reviewer.Reviewers;
import nexus.review.scoring.ReviewerPortal;
import nexus.review.scoring.domain.Criterion;
import nexus.review.screening.Screenings;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Review staff's decision on a call, through review's own services as the staff pages call them:
 * the chosen plans are screened eligible and scored by a committee member pinned to them, the call
 * is set so that all of them fit (budget, target, limits), the portfolio is proposed and finalised:
 * {@code plan.awarded} for the chosen plans, {@code plan.not-selected} for every other case of the
 * call.
 */
final class AwardDecision {

  static final String REVIEWER = "fault-reviewer";

  private AwardDecision() {}

  /** Everything before the decision; the proposal must select exactly the chosen plans. */
  static void prepare(ConfigurableApplicationContext review, String callId, List<String> chosen) {
    review
        .getBean(Reviewers.class)
        .save(REVIEWER, "Fault Reviewer", "Fault Review Board", null, List.of("materials"));
    Screenings screenings = review.getBean(Screenings.class);
    Assignments assignments = review.getBean(Assignments.class);
    ReviewerPortal portal = review.getBean(ReviewerPortal.class);
    for (int i = 0; i < chosen.size(); i++) {
      String planId = chosen.get(i);
      screenings.screen(planId, Set.of(), "", "staff-review");
      assignments.pin(planId, REVIEWER);
      Map<String, Integer> scores = new java.util.HashMap<>();
      for (Criterion c : Criterion.values()) {
        scores.put(c.name(), Criterion.MIN + i % (Criterion.MAX - Criterion.MIN + 1));
      }
      portal.save(REVIEWER, planId, scores, Map.of(), true);
    }
    int n = chosen.size();
    review
        .getBean(CallSettingsStore.class)
        .save(
            new CallSettings(
                callId,
                1,
                Instant.now().plus(7, ChronoUnit.DAYS),
                1_000_000_000_000L,
                n,
                0,
                n,
                n,
                n,
                Map.of()));
    List<String> selected =
        review.getBean(Awards.class).propose(callId).proposal().solution().selected();
    assertThat(selected).as("the proposal selects the chosen plans").hasSameElementsAs(chosen);
  }

  /** The decision: one outbox entry per case of the call. */
  static void finalise(ConfigurableApplicationContext review, String callId) {
    review.getBean(Awards.class).finalise(callId);
  }
}
