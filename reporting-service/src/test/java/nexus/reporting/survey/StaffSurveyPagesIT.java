package nexus.reporting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.CompletedPlans;
import nexus.reporting.survey.CampaignScheduler.LaunchOutcome;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff define a survey, schedule a campaign and launch it from the pages: messages beside the
 * fields, questions added and removed without script, and "Launch now" that launches once.
 */
class StaffSurveyPagesIT extends ReportingContext {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired SurveyDefinitions definitions;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;

  @Test
  void aSurveyWithAnEmptyQuestionIsRefusedBesideTheFieldAndQuestionsComeAndGoWithoutScript()
      throws Exception {
    // an empty question: the message stands beside its text field, what was typed stays
    mvc.perform(
            definition("Empty question", "Empty question")
                .param("questions[0].id", "q1")
                .param("questions[0].kind", "TEXT")
                .param("questions[0].textJa", "")
                .param("questions[0].textEn", ""))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"question-0-text-ja-error\"")))
        .andExpect(content().string(containsString("id=\"question-0-text-en-error\"")))
        .andExpect(content().string(containsString("value=\"Empty question\"")));
    // a choice question without choices is refused beside its choices
    mvc.perform(
            definition("No choices", "No choices")
                .param("questions[0].id", "yes")
                .param("questions[0].kind", "CHOICE")
                .param("questions[0].textJa", "はい？")
                .param("questions[0].textEn", "Yes?")
                .param("questions[0].choices", "just one label"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"question-0-choices-error\"")))
        .andExpect(content().string(containsString("value | Japanese label | English label")));

    // "add" draws one more question, "remove" takes one out, keeping what was typed
    mvc.perform(question(definition("t", "t"), 0, "first", "TEXT", "最初", "First").param("add", "q"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"question-1-kind\"")))
        .andExpect(content().string(containsString("value=\"First\"")));
    mvc.perform(
            question(
                    question(definition("t", "t"), 0, "first", "TEXT", "最初", "First"),
                    1,
                    "second",
                    "NUMBER",
                    "二番目",
                    "Second")
                .param("remove", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("value=\"Second\"")))
        .andExpect(content().string(not(containsString("value=\"First\""))))
        .andExpect(content().string(not(containsString("id=\"question-1-kind\""))));

    // saved: the list shows it, script in a title is text
    String location =
        mvc.perform(
                question(
                        definition("<script>alert(1)</script>調査", "Follow-up"),
                        0,
                        "joint",
                        "CHOICE",
                        "共同研究は？",
                        "Joint research?")
                    .param("questions[0].choices", "YES | はい | Yes\nNO | いいえ | No")
                    .param("questions[0].required", "true")
                    .param("questions[0].indicator", "JOINT_RESEARCH"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/surveys/definitions?created=sd-");
    String id = location.substring(location.indexOf('=') + 1);
    mvc.perform(get(location).with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"confirmation\"")))
        .andExpect(content().string(containsString("id=\"definition-" + id + "\"")))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;調査")))
        .andExpect(content().string(not(containsString("<script>alert(1)"))));
    assertThat(definitions.definitionView(id).questions().getFirst().options()).hasSize(2);
  }

  @Test
  void anOutcomeIndicatorOnlyGoesOnAChoiceQuestionWithTheChoiceYes() throws Exception {
    long before = mongo.getCollection("survey_definitions").countDocuments();
    // a number question cannot measure an indicator: the message stands beside the indicator
    mvc.perform(
            question(definition("Papers", "Papers"), 0, "papers", "NUMBER", "論文数", "Papers")
                .param("questions[0].indicator", "JOINT_PAPERS"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"question-0-indicator-error\"")))
        .andExpect(content().string(containsString("The question papers measures an outcome")))
        .andExpect(content().string(containsString("value=\"Papers\"")));
    // nor a choice whose "yes" is not the value YES (its answers would never count)
    mvc.perform(
            question(definition("Joint", "Joint"), 0, "joint", "CHOICE", "共同研究？", "Joint?")
                .param("questions[0].choices", "yes | はい | Yes\nno | いいえ | No")
                .param("questions[0].indicator", "JOINT_RESEARCH"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"question-0-indicator-error\"")))
        .andExpect(content().string(containsString("a choice question with the choice YES")));
    // the API refuses it with a problem detail naming the rule
    mvc.perform(
            post("/api/surveys/definitions")
                .with(TestUsers.staff("staff-reporting"))
                .param("lang", "en")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"titleJa":"調査","titleEn":"Survey","questions":[
                      {"id":"visit","kind":"DATE","textJa":"再訪日","textEn":"Return visit",
                       "indicator":"RETURN_VISIT"}]}"""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .contentTypeCompatibleWith(
                    org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rule")
                .value("survey.indicator-yes"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                .value(containsString("The question visit measures an outcome indicator")));
    assertThat(mongo.getCollection("survey_definitions").countDocuments()).isEqualTo(before);
  }

  @Test
  void aCampaignIsScheduledFromThePageWithItsWindowInJapanTime() throws Exception {
    String definitionId = defineSurvey();
    // a cron that is not one is refused beside the field
    mvc.perform(
            campaign(definitionId, LocalDateTime.now(JAPAN), "every morning")
                .param("roles", "PI", "PARTICIPANT"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"campaign-cron-error\"")));
    // no one to survey is refused too
    mvc.perform(campaign(definitionId, LocalDateTime.now(JAPAN), "0 0 9 * * *"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"campaign-targets-error\"")));

    LocalDateTime opens = LocalDateTime.of(2031, 4, 1, 9, 0);
    String page =
        mvc.perform(campaign(definitionId, opens, "0 0 9 * * MON").param("roles", "PI"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String campaignId = page.substring("/surveys/".length(), page.indexOf('?'));
    CampaignView campaign = campaigns.campaign(campaignId);
    assertThat(campaign.opensAt()).isEqualTo(opens.atZone(JAPAN).toInstant());
    assertThat(campaign.roles()).containsExactly("PI");
    mvc.perform(get(page).param("lang", "en").with(TestUsers.staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"confirmation\"")))
        .andExpect(content().string(containsString("2031-04-01 09:00")))
        .andExpect(content().string(containsString("id=\"launch-now\"")))
        .andExpect(content().string(containsString("The window is not open now")));

    // launching before the window opens is refused and changes nothing
    mvc.perform(
            post("/surveys/" + campaignId + "/launch")
                .param("confirm", "true")
                .param("lang", "en")
                .with(TestUsers.staff("staff-reporting"))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("only while its window is open")));
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo(Campaigns.SCHEDULED);
  }

  @Test
  void launchNowAsksForConfirmationAndLaunchesOnceHoweverOftenItIsPressed() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    String pi = "launch-pi-" + tag + "@inst-a.example";
    String one = "launch-one-" + tag + "@chula.example";
    String two = "launch-two-" + tag + "@vnu.example";
    String planId = CompletedPlans.completeAsAlumni(mvc, inbox, codec, pi, one, two);
    String definitionId = defineSurvey();
    LocalDateTime opened = LocalDateTime.now(JAPAN).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
    String page =
        mvc.perform(
                campaign(definitionId, opened, "0 0 9 1 1 *", 2027)
                    .param("roles", "PI", "PARTICIPANT"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String campaignId = page.substring("/surveys/".length(), page.indexOf('?'));

    // without the confirmation nothing happens
    mvc.perform(launch(campaignId).param("lang", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"launch-error\"")))
        .andExpect(content().string(containsString("Tick the box")));
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo(Campaigns.SCHEDULED);
    // the launch form carries the gateway's CSRF token (the gateway enforces it)
    mvc.perform(
            get("/surveys/" + campaignId)
                .header("X-Nexus-Csrf-Token", "csrf-" + tag)
                .with(TestUsers.staff("staff-reporting")))
        .andExpect(content().string(containsString("id=\"launch-form\"")))
        .andExpect(content().string(containsString("name=\"_csrf\" value=\"csrf-" + tag + "\"")));

    String launched =
        mvc.perform(launch(campaignId).param("confirm", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(launched).startsWith("/surveys/" + campaignId + "?launched=");
    mvc.perform(get(launched).param("lang", "en").with(TestUsers.staff("admin")))
        .andExpect(content().string(containsString("id=\"confirmation\"")))
        .andExpect(content().string(containsString("data-status=\"OPEN\"")))
        .andExpect(content().string(not(containsString("id=\"launch-now\""))));

    // pressed again: refused, nothing sent again
    mvc.perform(launch(campaignId).param("confirm", "true").param("lang", "en"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("already been launched")));
    assertThat(mailTo(pi)).hasSize(1);
    assertThat(mailTo(one)).hasSize(1);
    assertThat(mailTo(two)).hasSize(1);
    assertThat(respondents(campaignId, planId)).isEqualTo(3);
  }

  @Test
  void launchingNowTakesTheTicksClusterWideLockAndTwoClicksAtOnceLaunchOnce() throws Throwable {
    String tag = String.valueOf(System.nanoTime());
    String planId =
        CompletedPlans.completeAsAlumni(
            mvc,
            inbox,
            codec,
            "race-pi-" + tag + "@inst-a.example",
            "race-one-" + tag + "@chula.example",
            "race-two-" + tag + "@vnu.example");
    String campaignId =
        campaigns
            .schedule(
                defineSurvey(),
                2027,
                "0 0 9 1 1 *",
                java.time.Instant.now().minus(Duration.ofHours(1)),
                java.time.Instant.now().plus(Duration.ofDays(10)))
            .id();
    // while another replica's tick holds the cluster-wide lock, launching now does nothing
    LockingTaskExecutor otherReplica =
        new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
    otherReplica.executeWithLock(
        (Runnable)
            () ->
                assertThat(
                        CompletableFuture.supplyAsync(() -> scheduler.launchNow(campaignId)).join())
                    .isEqualTo(new CampaignScheduler.LaunchResult(LaunchOutcome.BUSY, 0)),
        new LockConfiguration(
            java.time.Instant.now(), "survey-campaigns", Duration.ofMinutes(1), Duration.ZERO));
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo(Campaigns.SCHEDULED);
    assertThat(respondents(campaignId, planId)).isZero();

    // two clicks at the same time: one launch
    var first = CompletableFuture.supplyAsync(() -> scheduler.launchNow(campaignId));
    var second = CompletableFuture.supplyAsync(() -> scheduler.launchNow(campaignId));
    List<LaunchOutcome> outcomes = List.of(first.join().outcome(), second.join().outcome());

    assertThat(outcomes).containsOnlyOnce(LaunchOutcome.LAUNCHED);
    assertThat(outcomes).doesNotContainNull();
    assertThat(respondents(campaignId, planId)).isEqualTo(3);
    assertThat(scheduler.launchNow(campaignId).outcome()).isEqualTo(LaunchOutcome.ALREADY_LAUNCHED);
  }

  @Test
  void onlySurveyStaffReachTheSurveyPages() throws Exception {
    mvc.perform(get("/surveys/definitions/new").with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/surveys/campaigns/new").with(TestUsers.staff("staff-intake")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/surveys/definitions/new").with(TestUsers.staff("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"survey-definition-form\"")))
        .andExpect(content().string(containsString("id=\"question-0-kind\"")));
    mvc.perform(
            post("/surveys/definitions")
                .param("titleJa", "x")
                .with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isForbidden());
    // every form carries the gateway's CSRF token (the gateway enforces it)
    defineSurvey();
    for (String page : List.of("/surveys/definitions/new", "/surveys/campaigns/new")) {
      mvc.perform(
              get(page)
                  .header("X-Nexus-Csrf-Token", "csrf-token-1")
                  .with(TestUsers.staff("staff-reporting")))
          .andExpect(content().string(containsString("name=\"_csrf\" value=\"csrf-token-1\"")));
    }
    mvc.perform(get("/surveys").with(TestUsers.staff("staff-reporting")))
        .andExpect(content().string(containsString("id=\"new-campaign\"")))
        .andExpect(content().string(containsString("id=\"new-definition\"")));
  }

  private long respondents(String campaignId, String planId) {
    return mongo
        .getCollection("survey_respondents")
        .countDocuments(new Document("campaignId", campaignId).append("planId", planId));
  }

  private String defineSurvey() throws Exception {
    String location =
        mvc.perform(question(definition("調査", "Survey"), 0, "story", "TEXT", "その後", "Since then"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return location.substring(location.indexOf('=') + 1);
  }

  private static MockHttpServletRequestBuilder definition(String titleJa, String titleEn) {
    return post("/surveys/definitions")
        .param("titleJa", titleJa)
        .param("titleEn", titleEn)
        .param("lang", "en")
        .with(TestUsers.staff("staff-reporting"))
        .with(csrf());
  }

  private static MockHttpServletRequestBuilder question(
      MockHttpServletRequestBuilder request,
      int i,
      String id,
      String kind,
      String textJa,
      String textEn) {
    String p = "questions[" + i + "].";
    return request
        .param(p + "id", id)
        .param(p + "kind", kind)
        .param(p + "textJa", textJa)
        .param(p + "textEn", textEn);
  }

  private static MockHttpServletRequestBuilder campaign(
      String definitionId, LocalDateTime opens, String cron) {
    return campaign(definitionId, opens, cron, 2032);
  }

  private static MockHttpServletRequestBuilder campaign(
      String definitionId, LocalDateTime opens, String cron, int surveyYear) {
    return post("/surveys/campaigns")
        .param("definitionId", definitionId)
        .param("surveyYear", String.valueOf(surveyYear))
        .param("opensAt", opens.toString())
        .param("closesAt", opens.plusDays(30).toString())
        .param("cron", cron)
        .param("lang", "en")
        .with(TestUsers.staff("staff-reporting"))
        .with(csrf());
  }

  private static MockHttpServletRequestBuilder launch(String campaignId) {
    return post("/surveys/" + campaignId + "/launch")
        .with(TestUsers.staff("staff-reporting"))
        .with(csrf());
  }
}
