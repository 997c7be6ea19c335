package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.intake.call.CallCatalog;
import nexus.intake.call.OpenCalls;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "spring.config.name=intake-service")
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class PlanPagesIT {

  @Autowired MockMvc mvc;
  @Autowired CallCatalog calls;

  @BeforeEach
  void openACall() {
    OpenCalls.openNow(calls);
  }

  @Test
  void brokenRuleIsShownBesideItsFieldAndTheFormKeepsWhatWasTyped() throws Exception {
    mvc.perform(
            post("/plans")
                .with(applicantOf("INST-P"))
                .param("lang", "en")
                .param("course", "YOUNG_TALENT")
                .param("title", "<script>alert(1)</script> exchange")
                .param("countries", "TH, US")
                .param("requestedAmountJpy", "6000000"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"countries-error\"")))
        .andExpect(content().string(containsString("US is not one")))
        .andExpect(
            content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; exchange")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
  }

  @Test
  void withNoCallOpenTheFormSaysSoInsteadOfTakingAPlan() throws Exception {
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"));
    calls.reschedule("ytec-2035", now.plusDays(5), now.plusDays(40), "test", "closed for the test");
    try {
      mvc.perform(get("/plans/new").with(applicantOf("INST-P")).param("lang", "en"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"no-open-call\"")))
          .andExpect(content().string(not(containsString("name=\"title\""))));
    } finally {
      OpenCalls.openNow(calls);
    }
    mvc.perform(get("/plans/new").with(applicantOf("INST-P")))
        .andExpect(content().string(containsString("id=\"open-call\"")));
  }

  @Test
  void emptyFormNamesEveryMissingFieldInJapanese() throws Exception {
    mvc.perform(
            post("/plans")
                .with(applicantOf("INST-P"))
                .param("lang", "ja")
                .param("course", "MENTOR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("交流計画名を入力してください。")))
        .andExpect(content().string(containsString("ASEAN加盟国の相手国を1か国以上入力してください。")));
  }

  @Test
  void validPlanRedirectsToItsPageThroughTheGatewayPrefix() throws Exception {
    mvc.perform(
            post("/plans")
                .with(applicantOf("INST-P"))
                .header("X-Forwarded-Prefix", "/intake")
                .param("course", "MENTOR")
                .param("title", "Mentoring")
                .param("countries", "KH")
                .param("requestedAmountJpy", "3000000"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("http://*/intake/plans/P-*"));
    mvc.perform(get("/plans").with(applicantOf("INST-P")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Mentoring")));
  }
}
