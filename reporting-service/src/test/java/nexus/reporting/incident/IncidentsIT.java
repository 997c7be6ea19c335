package nexus.reporting.incident;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** An incident report alerts reporting staff at once: e-mail and dashboard banner. */
class IncidentsIT extends ReportingContext {

  static final String STAFF = "reporting-staff@nexus-exchange.example";

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void anIncidentIsMailedToStaffAndBannedOnTheDashboardUntilAcknowledged() throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));

    String body =
        mvc.perform(
                post("/api/plans/" + planId + "/incidents")
                    .with(TestUsers.applicantOf("INST-A"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"severity":"SERIOUS","occurredAt":"2026-03-05T02:00:00Z",
                         "place":"Tsukuba lab %s","what":"A participant fell on the stairs",
                         "harmed":"Somchai Jaidee, sprained ankle","actions":"Taken to hospital"}"""
                            .formatted(planId)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");

    await().atMost(WAIT).until(() -> !mailWithSubject("事故報告：" + planId).isEmpty());
    assertThat(mailWithSubject("事故報告：" + planId)).hasSize(1);
    assertThat(body(mailWithSubject("事故報告：" + planId).get(0)))
        .contains("A participant fell on the stairs", "Taken to hospital", "2026-03-05 11:00");
    assertThat(mailTo(STAFF)).isNotEmpty();

    mvc.perform(get("/dashboard").param("lang", "en").with(TestUsers.staff("staff-reporting")))
        .andExpect(content().string(containsString("id=\"incident-banner\"")))
        .andExpect(content().string(containsString("Tsukuba lab " + planId)));

    mvc.perform(
            post("/dashboard/incidents/" + id + "/acknowledge")
                .with(TestUsers.staff("staff-reporting"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/dashboard").with(TestUsers.staff("staff-reporting")))
        .andExpect(content().string(not(containsString("Tsukuba lab " + planId))));
    mvc.perform(get("/api/plans/" + planId + "/incidents").with(TestUsers.applicantOf("INST-A")))
        .andExpect(jsonPath("$.content[0].acknowledgedBy").value("staff-reporting"));
  }

  @Test
  void anIncidentNeedsEveryFieldAndAPlanOfTheReportersInstitution() throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));

    mvc.perform(
            post("/api/plans/" + planId + "/incidents")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"severity\":\"BAD\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(6));
    mvc.perform(
            post("/api/plans/" + planId + "/incidents")
                .with(TestUsers.applicantOf("INST-X"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"severity":"MINOR","occurredAt":"2026-03-05T02:00:00Z","place":"x",
                     "what":"x","harmed":"x","actions":"x"}"""))
        .andExpect(status().isNotFound());
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
