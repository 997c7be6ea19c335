package nexus.reporting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.CompletedPlans;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A yearly follow-up campaign from definition to results: launched by its cron, personal links by
 * e-mail (hash only stored), partial save, final answer, reminders, response rate, indicators, and
 * links that work only for their respondent and only while the campaign is open.
 */
class SurveysIT extends ReportingContext {

  static final Pattern LINK = Pattern.compile("/public/surveys/([A-Za-z0-9_-]{20,})");

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;

  static final String DEFINITION =
      """
      {"titleJa":"追跡調査 %1$s","titleEn":"Follow-up survey %1$s","questions":[
        {"id":"jointResearch","kind":"CHOICE","textJa":"共同研究に発展しましたか","textEn":"Did it lead to joint research?",
         "required":true,"indicator":"JOINT_RESEARCH",
         "options":[{"value":"YES","labelJa":"はい","labelEn":"Yes"},{"value":"NO","labelJa":"いいえ","labelEn":"No"}]},
        {"id":"papers","kind":"NUMBER","textJa":"共著論文数","textEn":"Joint papers"},
        {"id":"story","kind":"TEXT","textJa":"その後の交流","textEn":"What happened since"},
        {"id":"visit","kind":"DATE","textJa":"再訪日","textEn":"Return visit on"}]}""";

  @Test
  void aSurveyLinkWorksOnlyForItsRespondentAndOnlyWhileTheCampaignIsOpen() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    String pi = "pi-" + tag + "@inst-a.example";
    String one = "one-" + tag + "@chula.example";
    String two = "two-" + tag + "@vnu.example";
    String planId = CompletedPlans.completeAsAlumni(mvc, inbox, codec, pi, one, two);
    mvc.perform(
            put("/api/plans/" + planId + "/action-plan")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    [{"group":"JAXA","number":1,"text":"Draft a JAIF proposal","owner":"ASEC",
                      "dueDate":"2027-03-31"},
                     {"group":"JAXA","number":2,"text":"AI weather modelling","owner":"JAXA"}]"""))
        .andExpect(status().isOk());
    String definitionId =
        JsonPath.read(
            staffPost("/api/surveys/definitions", DEFINITION.formatted(tag))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    Instant now = Instant.now();
    String campaignId =
        JsonPath.read(
            staffPost(
                    "/api/surveys/campaigns",
                    """
                    {"definitionId":"%s","surveyYear":2027,"cron":"0 0 9 * * *",
                     "opensAt":"%s","closesAt":"%s"}"""
                        .formatted(
                            definitionId,
                            now.minus(Duration.ofHours(1)),
                            now.plus(Duration.ofDays(30))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");

    // before the cron's first time nothing happens; at it the campaign launches
    scheduler.tick(now);
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo("SCHEDULED");
    scheduler.tick(now.plus(Duration.ofDays(1)));
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo("OPEN");

    String tokenOne = token(awaitMail(one, 1));
    String tokenPi = token(awaitMail(pi, 1));
    awaitMail(two, 1);
    assertThat(
            mongo
                .getCollection("survey_respondents")
                .find(new Document("campaignId", campaignId))
                .into(new java.util.ArrayList<>())
                .toString())
        .doesNotContain(tokenOne, tokenPi);

    // the participant's link opens the participant's survey, with no action items
    mvc.perform(get("/public/surveys/" + tokenOne).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Did it lead to joint research?")))
        .andExpect(content().string(not(containsString("Draft a JAIF proposal"))));
    // partial save, then the same link shows it; the PI's link does not
    answer(tokenOne, false, "{\"answers\":{\"papers\":\"2\",\"story\":\"A joint seminar\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PARTIAL"))
        .andExpect(jsonPath("$.role").value("PARTICIPANT"));
    mvc.perform(get("/public/api/surveys/" + tokenOne))
        .andExpect(jsonPath("$.answers.papers").value("2"));
    mvc.perform(get("/public/api/surveys/" + tokenPi))
        .andExpect(jsonPath("$.role").value("PI"))
        .andExpect(jsonPath("$.answers.papers").doesNotExist())
        .andExpect(jsonPath("$.actionItems.length()").value(2));
    mvc.perform(get("/public/surveys/" + tokenOne.substring(1) + "x"))
        .andExpect(status().isNotFound());

    // a final answer needs the required question, and kinds are checked
    answer(tokenOne, true, "{\"answers\":{\"papers\":\"two\",\"visit\":\"soon\"}}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.problems[*].question")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder("jointResearch", "papers", "visit")));
    answer(tokenOne, true, "{\"answers\":{\"jointResearch\":\"YES\",\"papers\":\"2\"}}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ANSWERED"));
    answer(tokenOne, false, "{\"answers\":{\"papers\":\"3\"}}").andExpect(status().isConflict());

    // the PI answers through the page, with the action plan
    mvc.perform(
            post("/public/surveys/" + tokenPi)
                .with(csrf())
                .param("lang", "en")
                .param("q.jointResearch", "NO")
                .param("ai.JAXA#1.status", "IN_PROGRESS")
                .param("ai.JAXA#1.note", "Proposal drafted")
                .param("action", "save"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"survey-saved\"")));
    mvc.perform(get("/public/api/surveys/" + tokenPi))
        .andExpect(jsonPath("$.actionAnswers['JAXA#1'].status").value("IN_PROGRESS"));

    // at the cron's next time, those who have not answered are reminded with a fresh link
    scheduler.tick(now.plus(Duration.ofDays(2)));
    String second = token(awaitMail(two, 2));
    assertThat(mailTo(one)).hasSize(1);
    mvc.perform(get("/public/api/surveys/" + second))
        .andExpect(jsonPath("$.role").value("PARTICIPANT"));

    mvc.perform(
            get("/api/surveys/campaigns/" + campaignId).with(TestUsers.staff("staff-reporting")))
        .andExpect(jsonPath("$.answered").value(1))
        .andExpect(jsonPath("$.partial").value(1));
    mvc.perform(
            get("/api/surveys/campaigns/" + campaignId + "/results")
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(jsonPath("$[0].choices.YES").value(1))
        .andExpect(jsonPath("$[1].average").value(2.0));
    mvc.perform(get("/api/surveys/indicators").with(TestUsers.staff("staff-reporting")))
        .andExpect(
            jsonPath("$[?(@.indicator == 'JOINT_RESEARCH' && @.yearsAfter == 1)].plansYes")
                .value(
                    org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
    await()
        .atMost(WAIT)
        .until(
            () ->
                eventsOn("nexus.reporting.events", codec).stream()
                    .anyMatch(e -> e.type().equals("survey.answered") && planId.equals(e.key())));

    // at the end of the window the campaign closes: links stop working
    scheduler.tick(now.plus(Duration.ofDays(31)));
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo("CLOSED");
    mvc.perform(get("/public/surveys/" + tokenPi).param("lang", "en"))
        .andExpect(status().isGone())
        .andExpect(content().string(containsString("id=\"survey-closed\"")));
    answer(tokenPi, true, "{\"answers\":{\"jointResearch\":\"NO\"}}").andExpect(status().isGone());
  }

  @Test
  void onlyStaffManageSurveys() throws Exception {
    mvc.perform(
            post("/api/surveys/definitions")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(DEFINITION.formatted("x")))
        .andExpect(status().isForbidden());
    staffPost(
            "/api/surveys/campaigns",
            "{\"definitionId\":\"nope\",\"surveyYear\":2027,\"cron\":\"0 0 9 * * *\","
                + "\"opensAt\":\"2027-01-01T00:00:00Z\",\"closesAt\":\"2027-02-01T00:00:00Z\"}")
        .andExpect(status().isNotFound());
  }

  private ResultActions staffPost(String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(TestUsers.staff("staff-reporting"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions answer(String token, boolean finalAnswer, String body) throws Exception {
    return mvc.perform(
        put("/public/api/surveys/" + token)
            .param("final", String.valueOf(finalAnswer))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static jakarta.mail.internet.MimeMessage awaitMail(String address, int count) {
    await().atMost(WAIT).until(() -> mailTo(address).size() >= count);
    return mailTo(address).get(count - 1);
  }

  private static String token(jakarta.mail.internet.MimeMessage message) {
    Matcher m = LINK.matcher(body(message));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
