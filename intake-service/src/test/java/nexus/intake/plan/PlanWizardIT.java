package nexus.intake.plan;

import static nexus.intake.plan.PlanFixtures.applicantOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nexus.intake.document.DocumentFixtures;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The drafting wizard's pages, step by step, on a clock just before the 2025 deadline. */
@SpringBootTest(
    properties = {
      "spring.config.name=intake-service",
      "nexus.messaging.outbox.relay-enabled=false"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class PlanWizardIT {

  @TestConfiguration
  static class Clock {
    @Bean
    DraftApiIT.MutableClock clock() {
      return new DraftApiIT.MutableClock();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired DraftApiIT.MutableClock clock;

  @BeforeEach
  void beforeTheDeadline() {
    clock.now = DraftApiIT.ONE_SECOND_BEFORE_NOON.minusSeconds(600);
  }

  @Test
  void aRuleBrokenOnAStepIsSavedAndShownBesideItsFieldUntilFixed() throws Exception {
    String id = start("INST-W1", "Hydrogen exchange");
    save(id, "basics", "INST-W1", basicsFirst(id));
    save(
        id,
        "participants",
        "INST-W1",
        step(id, "participants", "INST-W1")
            .param("lang", "en")
            .param("participants[0].name", "Old Student")
            .param("participants[0].birthDate", "1984-01-01")
            .param("participants[0].category", "GRADUATE_STUDENT")
            .param("participants[0].role", "PARTICIPANT")
            .param("participants[0].affiliation", "CU"));

    mvc.perform(
            get("/plans/" + id + "/edit/participants")
                .param("lang", "en")
                .with(applicantOf("INST-W1")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString("data-field=\"participants[0].birthDate\">Old Student is 42")));

    // the live check sees the fix before it is saved, and saves nothing
    mvc.perform(
            step(id, "participants/check", "INST-W1")
                .param("participants[0].name", "Old Student")
                .param("participants[0].birthDate", "1995-01-01")
                .param("participants[0].category", "GRADUATE_STUDENT"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations[?(@.rule == 'age-limit')]").isEmpty());
    assertThat(participant(id).get("birthDate").toString()).contains("1984");
  }

  @Test
  void theLiveCheckNamesRuleFieldAndLimitInTheUsersLanguage() throws Exception {
    String id = start("INST-W2", "Check as you type");
    mvc.perform(
            step(id, "participants/check", "INST-W2")
                .param("lang", "en")
                .param("participants[0].name", "Somchai")
                .param("participants[0].birthDate", "2000-05-01")
                .param("participants[0].category", "GRADUATE_STUDENT")
                .param("participants[0].visits[0].start", "2026-01-15")
                .param("participants[0].visits[0].end", "2026-03-05")
                .param("participants[0].visits[1].start", "2026-06-01")
                .param("participants[0].visits[1].end", "2026-07-11"))
        .andExpect(
            jsonPath("$.violations[?(@.rule == 'stay-limit')].field")
                .value("participants[0].visits"))
        .andExpect(
            jsonPath("$.violations[?(@.rule == 'stay-limit')].message")
                .value(
                    "Somchai stays 91 days in all; at most 90 days per person, summed over visits."));
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
    String id = start("INST-W3", "Typed");
    mvc.perform(
            step(id, "budget", "INST-W3")
                .param("lang", "en")
                .param("budgetItems[0].category", "TRAVEL")
                .param("budgetItems[0].description", "Flights")
                .param("budgetItems[0].amountJpy", "three million"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "data-field=\"budgetItems[0].amountJpy\">Enter a whole number of yen.")));
    assertThat(plan(id).get("content")).isNull();
  }

  @Test
  void eachStepKeepsWhatTheOtherStepsSaidAndScriptIsStoredAsText() throws Exception {
    String id = start("INST-W4", "Steps");
    save(
        id,
        "basics",
        "INST-W4",
        step(id, "basics", "INST-W4")
            .param("title", "<script>alert(1)</script> exchange")
            .param("field", "materials")
            .param("exchangeStart", "2026-01-15")
            .param("exchangeEnd", "2026-12-20"));
    save(
        id,
        "institutions",
        "INST-W4",
        step(id, "institutions", "INST-W4")
            .param("counterparts[0].institution", "Chulalongkorn University")
            .param("counterparts[0].country", "th")
            .param("partners[0].name", "Demo Partner Laboratory")
            .param("partners[0].funded", "true")
            .param("_partners[0].funded", "on"));
    // the funded box unticked: the marker field makes it false
    save(
        id,
        "institutions",
        "INST-W4",
        step(id, "institutions", "INST-W4")
            .param("partners[0].name", "Demo Partner Laboratory")
            .param("_partners[0].funded", "on"));

    Document stored = plan(id);
    assertThat(stored.getString("title")).isEqualTo("<script>alert(1)</script> exchange");
    Document content = (Document) stored.get("content");
    assertThat(content.get("exchangeStart")).isNotNull();
    assertThat(content.getList("counterparts", Document.class).get(0).getString("country"))
        .isEqualTo("TH");
    assertThat(content.getList("partners", Document.class).get(0).getBoolean("funded")).isFalse();

    mvc.perform(get("/plans/" + id + "/edit/basics").with(applicantOf("INST-W4")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
  }

  @Test
  void aCompletePlanIsSubmittedOnceFromTheReviewStepAndCanBeWithdrawn() throws Exception {
    String id = start("INST-W5", "Complete plan");
    fillValidPlan(id, "INST-W5");
    for (String kind : List.of("PLAN", "EXPORT_CONTROL_HOST")) {
      mvc.perform(
              multipart("/plans/" + id + "/documents")
                  .file(
                      new MockMultipartFile(
                          "file", kind + ".pdf", "application/pdf", DocumentFixtures.pdf()))
                  .param("kind", kind)
                  .with(applicantOf("INST-W5")))
          .andExpect(redirectedUrl("/plans/" + id + "/edit/documents"));
    }
    mvc.perform(get("/plans/" + id + "/edit/documents").with(applicantOf("INST-W5")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("交流計画書（Institution INST-W5）.pdf")));
    mvc.perform(get("/plans/" + id + "/edit/review").with(applicantOf("INST-W5")))
        .andExpect(content().string(containsString("id=\"ready\"")));

    for (int click = 0; click < 2; click++) {
      mvc.perform(
              post("/plans/" + id + "/submit")
                  .param("idempotencyKey", "page-key")
                  .with(applicantOf("INST-W5")))
          .andExpect(redirectedUrl("/plans/" + id));
    }
    assertThat(plan(id).getString("status")).isEqualTo("SUBMITTED");
    assertThat(plan(id).getInteger("submissionVersion")).isEqualTo(1);

    mvc.perform(post("/plans/" + id + "/withdraw").with(applicantOf("INST-W5")))
        .andExpect(redirectedUrl("/plans/" + id));
    assertThat(plan(id).getString("status")).isEqualTo("SUBMITTED");
    mvc.perform(
            post("/plans/" + id + "/withdraw")
                .param("confirm", "true")
                .param("reason", "fix budget")
                .with(applicantOf("INST-W5")))
        .andExpect(redirectedUrl("/plans/" + id + "/edit/basics"));
    assertThat(plan(id).getString("status")).isEqualTo("WITHDRAWN");
  }

  @Test
  void theReviewStepListsWhatIsMissingAndALateSubmissionIsRefused() throws Exception {
    String id = start("INST-W6", "Late plan");
    fillValidPlan(id, "INST-W6");
    mvc.perform(
            get("/plans/" + id + "/edit/review").param("lang", "en").with(applicantOf("INST-W6")))
        .andExpect(content().string(containsString("data-rule=\"document-required\"")));

    clock.now = DraftApiIT.NOON_JST;
    mvc.perform(
            post("/plans/" + id + "/submit")
                .param("idempotencyKey", "late")
                .with(applicantOf("INST-W6")))
        .andExpect(redirectedUrl("/plans/" + id + "/edit/review"));
    assertThat(plan(id).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void anotherInstitutionsDraftIsNotFound() throws Exception {
    String id = start("INST-W7", "Mine");
    mvc.perform(get("/plans/" + id + "/edit/basics").with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(step(id, "basics", "INST-OTHER").param("title", "taken over"))
        .andExpect(status().isNotFound());
    assertThat(plan(id).getString("title")).isEqualTo("Mine");
  }

  private void fillValidPlan(String id, String inst) throws Exception {
    save(id, "basics", inst, basicsFirst(id, inst));
    save(
        id,
        "institutions",
        inst,
        step(id, "institutions", inst)
            .param("counterparts[0].institution", "Chulalongkorn University")
            .param("counterparts[0].country", "TH"));
    save(
        id,
        "participants",
        inst,
        step(id, "participants", inst)
            .param("participants[0].name", "Somchai")
            .param("participants[0].birthDate", "2000-05-01")
            .param("participants[0].category", "GRADUATE_STUDENT")
            .param("participants[0].role", "PARTICIPANT")
            .param("participants[0].affiliation", "CU")
            .param("participants[0].visits[0].start", "2026-02-01")
            .param("participants[0].visits[0].end", "2026-03-01")
            .param("participants[0].visits[0].direction", "INVITATION")
            .param("participants[0].visits[0].place", "Kyoto"));
    save(
        id,
        "budget",
        inst,
        step(id, "budget", inst)
            .param("budgetItems[0].category", "TRAVEL")
            .param("budgetItems[0].description", "Flights")
            .param("budgetItems[0].amountJpy", "3000000")
            .param("indirectJpy", "300000"));
  }

  private MockHttpServletRequestBuilder basicsFirst(String id) {
    return basicsFirst(id, "INST-W1");
  }

  private MockHttpServletRequestBuilder basicsFirst(String id, String inst) {
    return step(id, "basics", inst)
        .param("title", "Hydrogen exchange")
        .param("field", "energy")
        .param("exchangeStart", "2026-01-15")
        .param("exchangeEnd", "2026-12-20");
  }

  private String start(String institution, String title) throws Exception {
    String location =
        mvc.perform(
                post("/plans/drafts")
                    .param("callId", "ytec-2025")
                    .param("course", "YOUNG_TALENT")
                    .param("title", title)
                    .with(applicantOf(institution)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/plans/P-[0-9a-f-]+/edit/basics");
    return location.split("/")[2];
  }

  private MockHttpServletRequestBuilder step(String id, String step, String institution) {
    return post("/plans/" + id + "/edit/" + step).with(applicantOf(institution));
  }

  private ResultActions save(
      String id, String step, String institution, MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.param("go", "stay"))
        .andExpect(redirectedUrl("/plans/" + id + "/edit/" + step + "?saved"));
  }

  private Document plan(String id) {
    return mongo.getCollection("plans").find(new Document("_id", id)).first();
  }

  private Document participant(String id) {
    return ((Document) plan(id).get("content")).getList("participants", Document.class).get(0);
  }
}
