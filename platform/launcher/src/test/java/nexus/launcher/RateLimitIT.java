package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadline-day and password-guessing protection: 429 with Retry-After, nothing stored. */
class RateLimitIT {

  private final Suite suite = RunningSuite.get();

  @Test
  void submissionsOverTheLimitAreRefusedWith429AndRetryAfter() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    applicant.login("/intake/plans/new", "applicant2", RunningSuite.PASSWORD);
    String form = applicant.get("/intake/plans/new").body();
    for (int i = 1; i <= RunningSuite.SUBMISSIONS_PER_MINUTE; i++) {
      applicant.get("/intake/plans/new");
      assertThat(applicant.submitForm("/intake/plans", plan("Burst " + i)).statusCode())
          .as("submission " + i)
          .isEqualTo(200);
    }
    applicant.get("/intake/plans/new");
    HttpResponse<String> refused = applicant.submitForm("/intake/plans", plan("One too many"));

    assertThat(form).contains("name=\"title\"");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(refused.body()).contains("\"status\":429");
    assertThat(applicant.getJson("/intake/api/plans?size=100").body())
        .doesNotContain("One too many");
  }

  @Test
  void signInAttemptsOverTheLimitAreRefusedBeforeThePasswordIsChecked() {
    BrowserSession guesser = new BrowserSession(suite.gatewayUrl());
    for (int i = 1; i <= RunningSuite.LOGINS_PER_MINUTE; i++) {
      HttpResponse<String> wrong = guesser.login("/intake/plans", "alumnus", "guess-" + i);
      assertThat(wrong.statusCode()).as("attempt " + i).isEqualTo(200);
      assertThat(wrong.uri().getQuery()).contains("error");
    }
    HttpResponse<String> refused = guesser.login("/intake/plans", "alumnus", RunningSuite.PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
  }

  private static Map<String, String> plan(String title) {
    return Map.of(
        "course", "MENTOR", "title", title, "countries", "BN", "requestedAmountJpy", "1000000");
  }
}
