package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadline-day and password-guessing protection: 429 with Retry-After, nothing stored. */
class RateLimitIT {

  /** An account of its own, so that the guessing blocks no other test's sign-in. */
  static final String GUESSED = RunningSuite.GUESSED;

  private final Suite suite = RunningSuite.get();

  @Test
  void submissionsOverTheLimitAreRefusedWith429AndRetryAfter() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    applicant.login("/intake/plans", "applicant2", RunningSuite.PASSWORD);
    // presses of "submit" on drafts that do not exist: each counts, and is answered by intake
    for (int i = 1; i <= RunningSuite.SUBMISSIONS_PER_MINUTE; i++) {
      applicant.get("/intake/plans");
      HttpResponse<String> answered =
          applicant.submitForm("/intake/plans/P-none-" + i + "/submit", Map.of());
      assertThat(answered.statusCode()).as("submission " + i).isEqualTo(404);
    }
    applicant.get("/intake/plans");
    HttpResponse<String> refused =
        applicant.submitForm("/intake/plans/P-one-too-many/submit", Map.of());

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(refused.body()).contains("\"status\":429");
  }

  @Test
  void signInAttemptsOverTheLimitAreRefusedBeforeThePasswordIsChecked() {
    BrowserSession guesser = new BrowserSession(suite.gatewayUrl());
    for (int i = 1; i <= RunningSuite.LOGINS_PER_MINUTE; i++) {
      HttpResponse<String> wrong = guesser.login("/intake/plans", GUESSED, "guess-" + i);
      assertThat(wrong.statusCode()).as("attempt " + i).isEqualTo(200);
      assertThat(wrong.uri().getQuery()).contains("error");
    }
    HttpResponse<String> refused = guesser.login("/intake/plans", GUESSED, RunningSuite.PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
  }
}
