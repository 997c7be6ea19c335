package nexus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nexus.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The whole suite through the gateway, as a browser uses it: an applicant signs in and submits a
 * plan at intake; review staff sign in and find the review case, which travelled through Kafka.
 */
class WalkingSkeletonIT {

  static final String PASSWORD = RunningSuite.PASSWORD;
  static Suite suite;

  @BeforeAll
  static void startSuite() {
    suite = RunningSuite.get();
  }

  @Test
  void applicantSubmitsAPlanAndReviewStaffSeeTheCaseOnTheirDashboard() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    HttpResponse<String> start =
        applicant.login("/intake/plans/drafts/new", RunningSuite.pi(1), PASSWORD);
    assertThat(start.statusCode()).as(describe(start)).isEqualTo(200);
    assertThat(start.body()).contains("name=\"title\"");
    String planId =
        Drafting.submitPlan(suite, applicant, "YOUNG_TALENT", "Walking skeleton exchange", "TH");

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

  @Test
  void unauthenticatedApiRequestsAreRefusedAtTheGatewayAndAtEachService() {
    BrowserSession anonymous = new BrowserSession(suite.gatewayUrl());
    for (String service : List.of("intake", "review", "contract", "reporting", "alumni")) {
      assertThat(anonymous.getJson("/" + service + "/api/ops/dead-letters").statusCode())
          .as(service + " through the gateway")
          .isEqualTo(401);
      String direct = "http://localhost:" + suite.port(service);
      assertThat(anonymous.getJson(direct + "/api/ops/dead-letters").statusCode())
          .as(service + " directly, without a token")
          .isEqualTo(401);
    }
    HttpResponse<String> refused = anonymous.getJson("/intake/api/plans");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("\"status\":401");
    assertThat(
            anonymous
                .getJson("http://localhost:" + suite.port("review") + "/api/cases")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void formPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    applicant.login("/intake/plans", "applicant", PASSWORD);
    HttpResponse<String> forged =
        applicant.submitFormWithoutCsrf(
            "/intake/plans/drafts",
            Map.of("callId", Drafting.CALL, "course", "MENTOR", "title", "Forged"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(applicant.get("/intake/plans").body()).doesNotContain("Forged");
  }

  @Test
  void applicantCannotOpenAnotherInstitutionsPlanThroughTheGateway() {
    BrowserSession first = new BrowserSession(suite.gatewayUrl());
    first.login("/intake/plans/drafts/new", RunningSuite.pi(2), PASSWORD);
    String planId =
        Drafting.submitPlan(suite, first, "MENTOR", "Mentor plan of institution one", "MY");

    BrowserSession second = new BrowserSession(suite.gatewayUrl());
    assertThat(second.login("/intake/plans/" + planId, "applicant2", PASSWORD).statusCode())
        .isEqualTo(404);
    assertThat(second.getJson("/intake/api/plans/" + planId).statusCode()).isEqualTo(404);
    assertThat(first.getJson("/intake/api/plans/" + planId).statusCode()).isEqualTo(200);
  }

  @Test
  void planSubmittedWhileReviewIsDownReachesReviewWhenItIsBack() {
    suite.stopService("review");
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    applicant.login("/intake/plans/drafts/new", RunningSuite.pi(3), PASSWORD);
    String planId;
    try {
      planId =
          Drafting.submitPlan(
              suite, applicant, "YOUNG_TALENT", "Submitted while review was down", "PH");
    } finally {
      suite.startService("review");
    }
    reviewStaffSeeTheCase(planId, Duration.ofSeconds(60));
  }

  @Test
  void eventStoredWhenIntakeDiedBeforeRelayingIsDeliveredAfterItRestarts() {
    // intake runs without its relay, as a process that dies right after the store write would
    suite.stopService("intake");
    suite.startService("intake", Map.of("nexus.messaging.outbox.relay-enabled", "false"));
    RunningSuite.openACall(suite);
    String planId;
    try {
      BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
      applicant.login("/intake/plans/drafts/new", RunningSuite.pi(4), PASSWORD);
      planId = Drafting.submitPlan(suite, applicant, "MENTOR", "Stored just before a crash", "LA");
      MongoTemplate intakeDb = suite.context("intake").getBean(MongoTemplate.class);
      Document stored = intakeDb.getCollection("plans").find(new Document("_id", planId)).first();
      assertThat(stored.getList("outbox", Document.class))
          .extracting(e -> e.getString("type"))
          .contains("plan.submitted");
    } finally {
      suite.stopService("intake"); // the crash
      suite.startService("intake");
      RunningSuite.openACall(suite);
    }
    reviewStaffSeeTheCase(planId, Duration.ofSeconds(60));
  }

  @Test
  void planSubmittedWhileKafkaIsDownSucceedsAndReachesReviewAfterTheBrokerIsBack() {
    BrowserSession applicant = new BrowserSession(suite.gatewayUrl());
    applicant.login("/intake/plans/drafts/new", RunningSuite.pi(5), PASSWORD);
    String planId =
        Drafting.draftPlan(
            suite, applicant, "YOUNG_TALENT", "Submitted during a broker outage", "ID");
    EmbeddedInfrastructure.stopKafkaBroker();
    try {
      HttpResponse<String> submitted = Drafting.submitDraft(applicant, planId);
      assertThat(submitted.statusCode()).as(describe(submitted)).isEqualTo(200);
      assertThat(submitted.uri().getPath()).isEqualTo("/intake/plans/" + planId);
    } finally {
      EmbeddedInfrastructure.restartKafkaBroker();
    }
    reviewStaffSeeTheCase(planId, Duration.ofSeconds(90));
  }

  /**
   * Review staff sign in and, within the patience given, find the plan's case on their dashboard.
   */
  private void reviewStaffSeeTheCase(String planId, Duration patience) {
    BrowserSession staff = new BrowserSession(suite.gatewayUrl());
    staff.login("/review/dashboard", "staff-review", PASSWORD);
    await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(staff.get("/review/dashboard").body()).contains(planId));
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
}
