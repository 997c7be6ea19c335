package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole suite through the gateway, as a browser uses it: an applicant signs in and submits a
 * plan at intake; review staff sign in and find the review case, which travelled through Kafka.
 */
class WalkingSkeletonIT {

  static final String PASSWORD = "it-demo-password";
  static Suite suite;

  @BeforeAll
  static void startSuite() throws IOException {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String app : new String[] {"gateway", "auth", "intake", "review"}) {
      ports.put(app, freePort());
    }
    suite =
        Suite.start(
            new SuiteConfig(
                ports,
                EmbeddedInfrastructure.kafkaBootstrapServers(),
                EmbeddedInfrastructure.mongoUri(),
                Map.of("nexus.auth.demo-password", PASSWORD),
                new String[0]));
  }

  @AfterAll
  static void stopSuite() {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  void applicantSubmitsAPlanAndReviewStaffSeeTheCaseOnTheirDashboard() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> form = applicant.login("/intake/plans/new", "applicant", PASSWORD);
    assertThat(form.statusCode()).as(describe(form)).isEqualTo(200);
    assertThat(form.body()).contains("name=\"title\"");

    HttpResponse<String> submitted =
        applicant.submitForm(
            "/intake/plans",
            Map.of(
                "course", "YOUNG_TALENT",
                "title", "Walking skeleton exchange",
                "countries", "TH, VN",
                "requestedAmountJpy", "6500000"));
    assertThat(submitted.statusCode()).as(describe(submitted)).isEqualTo(200);
    assertThat(submitted.uri().getPath()).startsWith("/intake/plans/P-");
    String planId = planIdIn(submitted.body());

    BrowserSession staff = new BrowserSession(suite.gatewayUrl());
    assertThat(staff.login("/review/dashboard", "staff-review", PASSWORD).statusCode())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(staff.get("/review/dashboard").body())
                    .contains(planId)
                    .contains("Walking skeleton exchange"));
  }

  static String describe(HttpResponse<String> response) {
    String body = response.body();
    return response.statusCode()
        + " "
        + response.uri()
        + " "
        + response.headers().map()
        + "\n"
        + body.substring(0, Math.min(body.length(), 600));
  }

  private static String planIdIn(String html) {
    Matcher m = Pattern.compile("id=\"plan-id\">(P-[0-9a-f-]+)<").matcher(html);
    assertThat(m.find()).as("plan id on the detail page").isTrue();
    return m.group(1);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
