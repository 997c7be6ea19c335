package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nexus.gateway.RateLimitFilter;
import org.junit.jupiter.api.Test;

/**
 * Deadline-day and password-guessing protection: 429 with Retry-After, nothing stored, and each
 * refusal counted by its limit. Sign-ins come from addresses of their own (as a proxy names them),
 * so that the guessing blocks no other test's sign-in from loopback.
 */
class RateLimitIT {

  /** An account of its own, so that the guessing blocks no other test's sign-in. */
  static final String GUESSED = RunningSuite.GUESSED;

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final Suite suite = RunningSuite.get();

  @Test
  void submissionsOverTheLimitAreRefusedWith429AndRetryAfterAndCounted() {
    double before = refused("gateway", "submissions");
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
    assertThat(refused("gateway", "submissions")).isEqualTo(before + 1);
  }

  @Test
  void signInAttemptsForOneUserOverTheLimitAreRefusedBeforeThePasswordIsChecked() {
    double before = refused("auth", "logins-per-user");
    BrowserSession guesser = new BrowserSession(suite.gatewayUrl()).from("203.0.113.11");
    for (int i = 1; i <= RunningSuite.LOGINS_PER_MINUTE; i++) {
      HttpResponse<String> wrong = guesser.login("/intake/plans", GUESSED, "guess-" + i);
      assertThat(wrong.statusCode()).as("attempt " + i).isEqualTo(200);
      assertThat(wrong.uri().getQuery()).contains("error");
    }
    HttpResponse<String> refused = guesser.login("/intake/plans", GUESSED, RunningSuite.PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused("auth", "logins-per-user")).isEqualTo(before + 1);
  }

  @Test
  void signInAttemptsFromOneAddressOverItsLimitAreRefusedWhateverTheUserName() {
    double before = refused("auth", "logins-per-address");
    BrowserSession guesser = new BrowserSession(suite.gatewayUrl()).from("203.0.113.12");
    String signIn = signInPage(guesser);
    // one guess each for many user names: no user's own limit is reached
    for (int i = 1; i <= RunningSuite.LOGINS_PER_ADDRESS_PER_MINUTE; i++) {
      HttpResponse<String> wrong = guesser.submitForm(signIn, credentials("nobody-" + RUN + i));
      assertThat(wrong.statusCode()).as("attempt " + i).isEqualTo(200);
      assertThat(wrong.uri().getQuery()).as("attempt " + i).contains("error");
    }
    HttpResponse<String> refused = guesser.submitForm(signIn, credentials(RunningSuite.pi(1)));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(refused.body()).contains("\"status\":429");
    assertThat(refused("auth", "logins-per-address")).isEqualTo(before + 1);
    // another address is not held back by this one's guessing
    BrowserSession elsewhere = new BrowserSession(suite.gatewayUrl()).from("203.0.113.13");
    HttpResponse<String> signedIn =
        elsewhere.login("/intake/plans", RunningSuite.pi(1), RunningSuite.PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.uri().getPath()).isEqualTo("/intake/plans");
  }

  @Test
  void theRefusalsAreExportedForPrometheusByLimit() {
    assertThat(scrape("gateway"))
        .contains("nexus_ratelimit_refused_total{application=\"gateway\",limit=\"submissions\"}");
    assertThat(scrape("auth"))
        .contains(
            "nexus_ratelimit_refused_total{application=\"auth-server\",limit=\"logins-per-address\"}")
        .contains(
            "nexus_ratelimit_refused_total{application=\"auth-server\",limit=\"logins-per-user\"}");
  }

  /** The sign-in page's URL on the OIDC server, shown to this session. */
  private String signInPage(BrowserSession session) {
    HttpResponse<String> page = session.get("/intake/plans");
    assertThat(page.uri().getPath()).isEqualTo("/login");
    return page.uri().resolve("/login").toString();
  }

  private static Map<String, String> credentials(String username) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("password", username.startsWith("nobody") ? "guess" : RunningSuite.PASSWORD);
    return form;
  }

  private double refused(String application, String limit) {
    return suite
        .context(application)
        .getBean(MeterRegistry.class)
        .get(RateLimitFilter.REFUSED)
        .tag("limit", limit)
        .counter()
        .count();
  }

  private String scrape(String application) {
    return suite.context(application).getBean(PrometheusMeterRegistry.class).scrape();
  }
}
