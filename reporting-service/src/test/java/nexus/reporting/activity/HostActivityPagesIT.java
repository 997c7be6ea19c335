package nexus.reporting.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.CompletedPlans;
import nexus.reporting.survey.ActionPlans;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The host's activity report and action plan pages: the API's rules with messages beside the
 * fields, consents per person with who confirmed them and when, photos checked by content, and
 * whether staff could publish the report as it stands, which the staff page then agrees with.
 */
class HostActivityPagesIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired ActionPlans actionPlans;

  @Test
  void aPhotoOfSomeoneWithoutConsentIsSavedButBlocksPublicationUntilTheConsentIsRecorded()
      throws Exception {
    String planId = plan();
    page(planId)
        .andExpect(content().string(containsString("id=\"activity-report-form\"")))
        .andExpect(content().string(containsString("id=\"not-written\"")))
        .andExpect(content().string(containsString("id=\"no-photos\"")))
        .andExpect(content().string(containsString("data-consent=\"none\"")))
        .andExpect(content().string(containsString("Survey Two")));

    mvc.perform(report(planId, "Survey One", "true"))
        .andExpect(redirectedUrl("/plans/" + planId + "/activity-report?saved"));
    page(planId, "saved")
        .andExpect(content().string(containsString("id=\"confirmation\"")))
        .andExpect(content().string(containsString("id=\"publishable\"")))
        .andExpect(content().string(containsString("Applicant of INST-A")))
        .andExpect(content().string(containsString("id=\"consent-0-confirmed-at\"")))
        .andExpect(
            content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert("))));

    // a photo of Survey Two, who has no consent on record: added, and the page says why staff
    // cannot publish
    mvc.perform(photo(planId, ActivityReportsIT.png(), "Survey Two"))
        .andExpect(redirectedUrl("/plans/" + planId + "/activity-report?photoAdded#photos"));
    page(planId)
        .andExpect(content().string(containsString("id=\"photo-0\"")))
        .andExpect(content().string(containsString("id=\"not-publishable\"")))
        .andExpect(content().string(containsString("data-publishable=\"false\"")))
        .andExpect(
            content().string(containsString("Survey Two is pictured without a recorded consent.")));
    String reportId = reportId(planId);
    mvc.perform(
            post("/activity-reports/" + reportId + "/publish")
                .with(TestUsers.staff("staff-reporting"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent());

    // Survey Two's "yes" recorded: publishable, and staff publish
    mvc.perform(
            report(planId, "Survey One", "true")
                .param("people[1].name", "Survey Two")
                .param("people[1].consented", "true"))
        .andExpect(status().is3xxRedirection());
    page(planId)
        .andExpect(content().string(containsString("id=\"publishable\"")))
        .andExpect(content().string(containsString("data-publishable=\"true\"")))
        .andExpect(content().string(not(containsString("data-consent=\"none\""))));
    mvc.perform(
            post("/activity-reports/" + reportId + "/publish")
                .with(TestUsers.staff("staff-reporting"))
                .with(csrf()))
        .andExpect(redirectedUrl("/activity-reports/" + reportId));
    mvc.perform(get("/public/reports/" + reportId)).andExpect(status().isOk());
    page(planId)
        .andExpect(content().string(containsString("data-status=\"PUBLISHED\"")))
        .andExpect(content().string(containsString("id=\"public-link\"")));
  }

  @Test
  void mistakesAreShownBesideTheirFieldsAndPeopleComeAndGoWithoutScript() throws Exception {
    String planId = plan();
    mvc.perform(
            report(planId, "", "Survey One", "")
                .param("people[1].name", "")
                .param("people[1].consented", "false"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"title-ja-error\"")))
        .andExpect(content().string(containsString("id=\"consent-0-given-error\"")))
        .andExpect(content().string(containsString("Choose yes or no.")))
        .andExpect(content().string(containsString("id=\"person-1-name-error\"")))
        .andExpect(content().string(containsString("value=\"Hydrogen exchange\"")));
    mvc.perform(get("/api/plans/" + planId + "/activity-report").with(host()))
        .andExpect(status().isNotFound());

    // a participant of the list is added by its button, an empty line by "add", one removed
    mvc.perform(report(planId, "Survey One", "true").param("addPerson", "Survey Two"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"person-1-name\"")))
        .andExpect(content().string(containsString("value=\"Survey Two\"")));
    mvc.perform(report(planId, "Survey One", "true").param("add", "person"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"person-1-name\"")));
    mvc.perform(report(planId, "Survey One", "true").param("remove", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-people\"")));
  }

  @Test
  void photosAreCheckedByContentAndRemovedOnlyAfterConfirmation() throws Exception {
    String planId = plan();
    // no report yet: the photo form is not offered, and a post says to save first
    page(planId).andExpect(content().string(containsString("id=\"photo-save-first\"")));
    mvc.perform(photo(planId, ActivityReportsIT.png(), ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"photo-file-error\"")));
    mvc.perform(report(planId, "Survey One", "true")).andExpect(status().is3xxRedirection());

    mvc.perform(photo(planId, "#!/bin/sh\necho hi\n".getBytes(), "Survey One"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"photo-file-error\"")))
        .andExpect(content().string(containsString("Only JPEG, PNG or WebP images")))
        .andExpect(content().string(containsString("value=\"In the lab\"")));
    mvc.perform(photo(planId, ActivityReportsIT.png(), "Survey One"))
        .andExpect(status().is3xxRedirection());
    String photoId =
        JsonPath.read(
            mvc.perform(get("/api/plans/" + planId + "/activity-report").with(host()))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.photos[0].id");
    mvc.perform(get("/plans/" + planId + "/activity-report/photos/" + photoId).with(host()))
        .andExpect(status().isOk())
        .andExpect(content().contentType("image/png"));

    mvc.perform(
            post("/plans/" + planId + "/activity-report/photos/" + photoId + "/remove")
                .param("lang", "en")
                .with(host())
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"remove-photo-0-error\"")));
    mvc.perform(
            post("/plans/" + planId + "/activity-report/photos/" + photoId + "/remove")
                .param("confirm", "true")
                .with(host())
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    page(planId).andExpect(content().string(containsString("id=\"no-photos\"")));
    mvc.perform(get("/plans/" + planId + "/activity-report/photos/" + photoId).with(host()))
        .andExpect(status().isNotFound());

    // the API removes a photo the same way, for the host only
    mvc.perform(photo(planId, ActivityReportsIT.png(), "Survey One"))
        .andExpect(status().is3xxRedirection());
    String reportId = reportId(planId);
    String second =
        JsonPath.read(
            mvc.perform(get("/api/plans/" + planId + "/activity-report").with(host()))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.photos[0].id");
    mvc.perform(
            delete("/api/activity-reports/" + reportId + "/photos/" + second)
                .with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(delete("/api/activity-reports/" + reportId + "/photos/" + second).with(host()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.photos").isEmpty());
    mvc.perform(delete("/api/activity-reports/" + reportId + "/photos/" + photoId).with(host()))
        .andExpect(status().isNotFound());
  }

  @Test
  void onlyTheHostSeesTheActivityReportPageAndFormsCarryTheCsrfToken() throws Exception {
    String planId = plan();
    mvc.perform(report(planId, "Survey One", "true")).andExpect(status().is3xxRedirection());
    var other = TestUsers.applicantOf("INST-OTHER");
    mvc.perform(get("/plans/" + planId + "/activity-report").with(other))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/plans/" + planId + "/activity-report")
                .param("titleJa", "x")
                .with(other)
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/plans/" + planId + "/activity-report/photos")
                .file(new MockMultipartFile("file", "a.png", "image/png", ActivityReportsIT.png()))
                .with(other)
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/plans/" + planId + "/action-plan").with(other))
        .andExpect(status().isNotFound());
    mvc.perform(get("/plans/" + planId + "/activity-report").with(TestUsers.staff("admin")))
        .andExpect(status().isForbidden());

    mvc.perform(
            get("/plans/" + planId + "/activity-report")
                .header("X-Nexus-Csrf-Token", "gateway-token")
                .with(host()))
        .andExpect(content().string(containsString("name=\"_csrf\" value=\"gateway-token\"")))
        .andExpect(content().string(containsString("photos?_csrf=gateway-token")));
    mvc.perform(get("/plans/" + planId).with(host()))
        .andExpect(content().string(containsString("id=\"activity-report-link\"")))
        .andExpect(content().string(containsString("id=\"action-plan-link\"")));
  }

  @Test
  void theActionPlanIsKeptInNumberedRowsAddedAndRemovedWithoutScript() throws Exception {
    String planId = plan();
    mvc.perform(get("/plans/" + planId + "/action-plan").with(host()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"action-plan-form\"")))
        .andExpect(content().string(containsString("id=\"no-items\"")));
    mvc.perform(actionPlan(planId).param("add", "item"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"item-0-text\"")));
    mvc.perform(item(item(actionPlan(planId), 0, "Draft a proposal"), 1, "").param("remove", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Draft a proposal"))))
        .andExpect(content().string(not(containsString("id=\"item-1-text\""))));
    mvc.perform(item(item(actionPlan(planId), 0, "Draft a proposal"), 1, "  "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"item-1-text-error\"")))
        .andExpect(content().string(containsString("Draft a proposal")));
    mvc.perform(
            item(
                item(actionPlan(planId), 0, "Draft a proposal"),
                1,
                "AI weather modelling",
                "31/03/2027"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"item-1-due-error\"")));

    mvc.perform(item(item(actionPlan(planId), 0, "Draft a proposal"), 1, "AI weather modelling"))
        .andExpect(redirectedUrl("/plans/" + planId + "/action-plan?saved"));
    assertThat(actionPlans.actionPlan(planId))
        .extracting(i -> i.number() + " " + i.text() + " " + i.owner() + " " + i.dueDate())
        .containsExactly(
            "1 Draft a proposal ASEC 2027-03-31", "2 AI weather modelling ASEC 2027-03-31");
    mvc.perform(
            get("/plans/" + planId + "/action-plan?saved").with(TestUsers.applicantOf("INST-A")))
        .andExpect(content().string(containsString("id=\"confirmation\"")))
        .andExpect(content().string(containsString("AI weather modelling")));
  }

  private String plan() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    return CompletedPlans.complete(
        mvc,
        inbox,
        codec,
        "activity-pi-" + tag + "@inst-a.example",
        "activity-one-" + tag + "@chula.example",
        "activity-two-" + tag + "@vnu.example");
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor host() {
    return TestUsers.applicantOf("INST-A");
  }

  private ResultActions page(String planId, String... flags) throws Exception {
    var request = get("/plans/" + planId + "/activity-report").param("lang", "en").with(host());
    for (String flag : flags) {
      request.param(flag, "");
    }
    return mvc.perform(request).andExpect(status().isOk());
  }

  private String reportId(String planId) throws Exception {
    return JsonPath.read(
        mvc.perform(get("/api/plans/" + planId + "/activity-report").with(host()))
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private static MockHttpServletRequestBuilder report(
      String planId, String person, String consented) {
    return report(planId, "<script>alert('x')</script>交流", person, consented);
  }

  private static MockHttpServletRequestBuilder report(
      String planId, String titleJa, String person, String consented) {
    return post("/plans/" + planId + "/activity-report")
        .param("titleJa", titleJa)
        .param("titleEn", "Hydrogen exchange")
        .param("bodyJa", "タイから研究者を招へいしました。")
        .param("bodyEn", "We invited researchers.")
        .param("institutionType", "UNIVERSITY")
        .param("people[0].name", person)
        .param("people[0].consented", consented)
        .param("lang", "en")
        .with(host())
        .with(csrf());
  }

  private static org.springframework.test.web.servlet.RequestBuilder photo(
      String planId, byte[] content, String pictured) {
    return multipart("/plans/" + planId + "/activity-report/photos")
        .file(new MockMultipartFile("file", "lab.png", "image/png", content))
        .param("captionJa", "実験室にて")
        .param("captionEn", "In the lab")
        .param("pictured", pictured)
        .param("lang", "en")
        .with(host())
        .with(csrf());
  }

  private static MockHttpServletRequestBuilder actionPlan(String planId) {
    return post("/plans/" + planId + "/action-plan")
        .param("lang", "en")
        .with(TestUsers.applicantOf("INST-A"))
        .with(csrf());
  }

  private static MockHttpServletRequestBuilder item(
      MockHttpServletRequestBuilder request, int i, String text) {
    return item(request, i, text, "2027-03-31");
  }

  private static MockHttpServletRequestBuilder item(
      MockHttpServletRequestBuilder request, int i, String text, String due) {
    String p = "items[" + i + "].";
    return request
        .param(p + "group", "JAXA")
        .param(p + "number", String.valueOf(i + 1))
        .param(p + "text", text)
        .param(p + "owner", "ASEC")
        .param(p + "dueDate", due);
  }
}
