package nexus.reporting.press;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Institutions tell the agency about press coverage; staff find and export it. */
class PressCoverageIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  @Test
  void theHostReportsCoverageOnThePageWithMessagesBesideTheFieldsAndStaffFindAndExportIt()
      throws Exception {
    String planId = signedPlan();
    String outlet = "Kahoku Shimpo " + UUID.randomUUID();

    mvc.perform(
            post("/plans/" + planId + "/press")
                .param("lang", "en")
                .param("medium", "NEWSPAPER")
                .param("publishedOn", "2026-03-02")
                .param("outlet", outlet)
                .param("title", "")
                .param("url", "javascript:alert(1)")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"press-form\"")))
        .andExpect(content().string(containsString("starting with http:// or https://")))
        .andExpect(content().string(containsString(outlet)));
    mvc.perform(
            get("/api/plans/" + planId + "/press-coverage").with(TestUsers.applicantOf("INST-A")))
        .andExpect(jsonPath("$.page.totalElements").value(0));

    mvc.perform(
            post("/plans/" + planId + "/press")
                .param("medium", "NEWSPAPER")
                .param("publishedOn", "2026-03-02")
                .param("outlet", outlet)
                .param("title", "<script>alert(1)</script> ASEAN researchers visit Sendai")
                .param("url", "https://example.org/news/1")
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(redirectedUrl("/plans/" + planId + "/press?reported"));
    mvc.perform(get("/plans/" + planId + "/press").with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))))
        .andExpect(content().string(containsString("href=\"https://example.org/news/1\"")));

    mvc.perform(
            get("/press")
                .param("q", outlet)
                .param("lang", "en")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 found")))
        .andExpect(content().string(containsString("Hydrogen materials exchange")));
    mvc.perform(get("/press.csv").param("q", outlet).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(outlet)))
        .andExpect(content().string(containsString("2026-03-02")));
    mvc.perform(get("/press.xlsx").param("q", outlet).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    mvc.perform(get("/press").with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherInstitutionCanNeitherReadNorReportAPlansCoverage() throws Exception {
    String planId = signedPlan();
    mvc.perform(get("/plans/" + planId + "/press").with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/plans/" + planId + "/press-coverage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"medium":"WEB","outlet":"Site","title":"T","publishedOn":"2026-03-01"}
                    """)
                .with(TestUsers.applicantOf("INST-OTHER"))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/plans/" + planId + "/press-coverage")
                .with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiRefusesCoverageFromTheFutureOrWithAnUnknownMediumAndStoresAValidOne()
      throws Exception {
    String planId = signedPlan();
    mvc.perform(
            post("/api/plans/" + planId + "/press-coverage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"medium":"BILLBOARD","outlet":"Site","title":"T","publishedOn":"2999-01-01"}
                    """)
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(content().string(containsString("medium")))
        .andExpect(content().string(containsString("publishedOn")));
    mvc.perform(
            post("/api/plans/" + planId + "/press-coverage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"medium":"TV","outlet":"NHK Sendai","title":"Evening news","publishedOn":"2026-03-01"}
                    """)
                .with(TestUsers.applicantOf("INST-A"))
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.callId").value("ytec-2025"))
        .andExpect(jsonPath("$.planTitle").value("Hydrogen materials exchange"));
    mvc.perform(
            get("/api/plans/" + planId + "/press-coverage")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(jsonPath("$.page.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].outlet").value("NHK Sendai"));
  }

  private String signedPlan() {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    return planId;
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
