package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The host's pages: plans with duties and the incident form with messages beside the fields. */
class HostPagesIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void theHostSeesItsDutiesAndReportsAnIncidentThroughThePage() throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));

    mvc.perform(get("/plans").param("lang", "en").with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-plan-id=\"" + planId + "\"")))
        .andExpect(content().string(containsString("OVERDUE")));
    mvc.perform(get("/plans/" + planId).with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/plans/" + planId + "/incidents")
                .param("lang", "en")
                .param("severity", "SERIOUS")
                .param("occurredAt", "2026-03-05T11:00")
                .param("place", "")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"incident-form\"")))
        .andExpect(content().string(containsString("class=\"error\"")));

    mvc.perform(
            post("/plans/" + planId + "/incidents")
                .param("severity", "SERIOUS")
                .param("occurredAt", "2026-03-05T11:00")
                .param("place", "Osaka page lab")
                .param("what", "Burn from a hot plate")
                .param("harmed", "One participant, minor burn")
                .param("actions", "First aid, clinic visit")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/plans/" + planId + "?reported"));
    mvc.perform(get("/api/plans/" + planId + "/incidents").with(TestUsers.staff("staff-reporting")))
        .andExpect(jsonPath("$.content[0].place").value("Osaka page lab"))
        .andExpect(jsonPath("$.content[0].occurredAt").value("2026-03-05T02:00:00Z"));
  }

  @Test
  void theHostHandsInTheOutcomeReportOnThePageWithMessagesBesideMissingFields() throws Exception {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));

    mvc.perform(
            post("/plans/" + planId + "/outcome-report")
                .param("lang", "en")
                .param("summary", "Visits to three labs")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Visits to three labs")))
        .andExpect(content().string(containsString("class=\"error\"")));
    mvc.perform(
            post("/plans/" + planId + "/outcome-report")
                .param("summary", "Visits to three labs")
                .param("outcomes", "A joint proposal")
                .param("followUp", "Monthly seminars")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(redirectedUrl("/plans/" + planId + "?outcome"));
    mvc.perform(get("/plans/" + planId).param("lang", "en").with(TestUsers.applicantOf("INST-A")))
        .andExpect(content().string(containsString("submitted")))
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString("id=\"outcome-form\""))));
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
