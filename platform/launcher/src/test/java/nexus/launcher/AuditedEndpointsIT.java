package nexus.launcher;

import static nexus.launcher.SuiteSeeds.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.launcher.AuthzMatrix.Mapped;
import nexus.launcher.AuthzMatrix.Row;
import nexus.web.Audited;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every staff decision, money action, read of personal data and export lands in the audit trail
 * (who, what, on which object, when, outcome): each endpoint whose row in the authorization matrix
 * names one of these in its {@code audit} column — the file's header states the rule — is served by
 * a handler method that carries {@link Audited}, checked on the handlers the services map. The
 * matrix's completeness check makes every new endpoint take a side.
 */
class AuditedEndpointsIT {

  static Suite suite;

  @BeforeAll
  static void start() {
    suite = RunningSuite.get();
  }

  @Test
  void everyDecisionMoneyActionPersonalDataReadAndExportIsAudited() {
    Map<String, Mapped> endpoints = AuthzMatrix.endpoints(suite);
    List<String> unaudited = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    for (Row row : AuthzMatrix.rows()) {
      if (!row.audited()) {
        continue;
      }
      String endpoint = row.method() + " " + row.path();
      Mapped mapped = endpoints.get(endpoint);
      if (mapped == null || mapped.handler() == null) {
        unmapped.add(endpoint);
      } else if (!mapped.handler().hasMethodAnnotation(Audited.class)) {
        unaudited.add(endpoint + " (" + row.audit() + ")");
      }
    }
    assertThat(unmapped).as("audited rows without a handler").isEmpty();
    assertThat(unaudited)
        .as("decisions, money actions, personal-data reads and exports without @Audited")
        .isEmpty();
  }

  @Test
  void aStaffCaseReadAndAnExportAreRecordedWithWhoWhatWhenAndOutcome() {
    BrowserSession staff = AuthzMatrix.session(suite, "staff-contract");
    String planId = "P-audit-" + UUID.randomUUID();
    Instant before = Instant.now().minusSeconds(1);
    assertThat(staff.getJson("/contract/api/cases/" + planId).statusCode()).isEqualTo(404);
    assertThat(staff.get("/contract/dashboard/export.csv").statusCode()).isEqualTo(200);

    JsonNode read = entry(staff, "action=case.read&subject=" + planId);
    assertThat(read.path("actor").asString()).isEqualTo("staff-contract");
    assertThat(read.path("roles").toString()).contains("staff-contract");
    assertThat(read.path("outcome").asString()).isEqualTo("NOT_FOUND");
    assertThat(Instant.parse(read.path("at").asString())).isBetween(before, Instant.now());
    assertThat(read.path("detail").asString()).contains(planId).endsWith("404");
    JsonNode export = entry(staff, "action=cases.export&actor=staff-contract");
    assertThat(export.path("outcome").asString()).isEqualTo("OK");
    assertThat(Instant.parse(export.path("at").asString())).isAfter(before);
  }

  /** The newest entry of contract's audit trail that matches the query (waited for). */
  private static JsonNode entry(BrowserSession staff, String query) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              HttpResponse<String> trail = staff.getJson("/contract/api/ops/audit?" + query);
              assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
              return json(trail).path("items").path(0);
            },
            entry -> !entry.isMissingNode());
  }
}
