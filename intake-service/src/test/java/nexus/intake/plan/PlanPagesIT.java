package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
  void withNoCallOpenTheStartPageSaysSoInsteadOfTakingAPlan() throws Exception {
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Tokyo"));
    calls.reschedule("ytec-2035", now.plusDays(5), now.plusDays(40), "test", "closed for the test");
    try {
      mvc.perform(get("/plans/drafts/new").with(applicantOf("INST-P")).param("lang", "en"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"no-open-call\"")))
          .andExpect(content().string(not(containsString("name=\"title\""))));
    } finally {
      OpenCalls.openNow(calls);
    }
    mvc.perform(get("/plans/drafts/new").with(applicantOf("INST-P")))
        .andExpect(content().string(containsString("id=\"open-call\"")))
        // the title field starts empty (not filled with the layout's own title)
        .andExpect(
            content()
                .string(
                    containsString(
                        "<input id=\"title\" name=\"title\" maxlength=\"200\" value=\"\">")));
    mvc.perform(get("/plans/new").with(applicantOf("INST-P")))
        .andExpect(redirectedUrl("/plans/drafts/new"));
  }

  @Test
  void anEmptyStartFormNamesTheMissingTitleInJapanese() throws Exception {
    mvc.perform(
            post("/plans/drafts")
                .with(applicantOf("INST-P"))
                .param("lang", "ja")
                .param("callId", "ytec-2035")
                .param("course", "MENTOR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("交流計画名を入力してください。")));
  }

  @Test
  void aNewDraftRedirectsToItsFirstStepThroughTheGatewayPrefixAndIsListed() throws Exception {
    mvc.perform(
            post("/plans/drafts")
                .with(applicantOf("INST-P2"))
                .header("X-Forwarded-Prefix", "/intake")
                .param("callId", "ytec-2035")
                .param("course", "MENTOR")
                .param("title", "Mentoring"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("http://*/intake/plans/P-*/edit/basics"));
    mvc.perform(get("/plans").with(applicantOf("INST-P2")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Mentoring")));
  }
}
