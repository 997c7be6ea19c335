package nexus.reporting.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.reporting.obligation.CompletedPlans;
import nexus.testsupport.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff follow the action plans up through a campaign: each numbered item with its owner and date
 * and where the PI says it stands — through the API (paged, one plan or all), on the campaign's
 * page (ja/en, empty state) and as CSV and Excel.
 */
class ActionItemFollowUpIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;

  @Test
  void eachActionItemShowsWhereThePiSaysItStandsInTheApiThePageAndTheExports() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    String piA = "items-pi-a-" + tag + "@inst-a.example";
    String piB = "items-pi-b-" + tag + "@inst-a.example";
    String planA =
        CompletedPlans.complete(
            mvc, inbox, codec, piA, "a1-" + tag + "@x.example", "a2-" + tag + "@x.example");
    String planB =
        CompletedPlans.complete(
            mvc, inbox, codec, piB, "b1-" + tag + "@x.example", "b2-" + tag + "@x.example");
    actionPlan(
        planA,
        """
        [{"group":"RIKEN","number":1,"text":"Host a return visit","owner":"RIKEN"},
         {"group":"JAXA","number":2,"text":"AI weather modelling","owner":"JAXA"},
         {"group":"JAXA","number":1,"text":"Draft a JAIF proposal","owner":"ASEC",
          "dueDate":"2027-03-31"}]""");
    actionPlan(
        planB, "[{\"group\":\"MEXT\",\"number\":1,\"text\":\"Brief MEXT\",\"owner\":\"PI\"}]");
    String campaignId = launchedCampaign(tag, "PI");

    // the PI of plan A says where two of the three items stand
    mvc.perform(
            put("/public/api/surveys/" + token(piA))
                .param("final", "true")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"answers":{},"actionItems":[
                      {"key":"JAXA#1","status":"DONE","note":"Proposal submitted in May"},
                      {"key":"JAXA#2","status":"IN_PROGRESS","note":""}]}"""))
        .andExpect(status().isOk());

    // the API: plan A's items by visit and number, with the PI's answer; paged
    mvc.perform(items(campaignId).param("plan", planA).param("size", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page.totalElements").value(3))
        .andExpect(jsonPath("$.content.length()").value(2))
        .andExpect(jsonPath("$.content[0].planTitle").value("Hydrogen materials exchange"))
        .andExpect(jsonPath("$.content[0].group").value("JAXA"))
        .andExpect(jsonPath("$.content[0].number").value(1))
        .andExpect(jsonPath("$.content[0].owner").value("ASEC"))
        .andExpect(jsonPath("$.content[0].dueDate").value("2027-03-31"))
        .andExpect(jsonPath("$.content[0].respondentStatus").value("ANSWERED"))
        .andExpect(jsonPath("$.content[0].status").value("DONE"))
        .andExpect(jsonPath("$.content[0].note").value("Proposal submitted in May"))
        .andExpect(jsonPath("$.content[1].status").value("IN_PROGRESS"));
    mvc.perform(items(campaignId).param("plan", planA).param("size", "2").param("page", "1"))
        .andExpect(jsonPath("$.content.length()").value(1))
        .andExpect(jsonPath("$.content[0].group").value("RIKEN"))
        .andExpect(jsonPath("$.content[0].status").value(nullValue()));
    // all plans: plan B's PI has not answered yet
    mvc.perform(items(campaignId).param("size", "200"))
        .andExpect(
            jsonPath("$.content[?(@.planId == '" + planB + "')].respondentStatus")
                .value(org.hamcrest.Matchers.contains("INVITED")))
        .andExpect(jsonPath("$.content[?(@.planId == '" + planA + "')]").value(hasSize(3)));
    mvc.perform(items(campaignId).with(TestUsers.applicantOf("INST-A")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/surveys/campaigns/sc-nope/action-items").with(staff()))
        .andExpect(status().isNotFound());

    // the campaign's page: the section for one plan, in English and in Japanese
    mvc.perform(
            get("/surveys/" + campaignId).param("plan", planA).param("lang", "en").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"action-items-table\"")))
        .andExpect(content().string(containsString("data-item=\"JAXA#1\"")))
        .andExpect(content().string(containsString("data-status=\"DONE\"")))
        .andExpect(content().string(containsString("Proposal submitted in May")))
        .andExpect(content().string(containsString("Not said")))
        .andExpect(content().string(not(containsString("Brief MEXT"))))
        .andExpect(content().string(containsString("action-items.csv?plan=" + planA)));
    mvc.perform(get("/surveys/" + campaignId).param("lang", "ja").with(staff()))
        .andExpect(content().string(containsString("行動計画の追跡")))
        .andExpect(content().string(containsString("完了")))
        .andExpect(content().string(containsString("Brief MEXT")))
        .andExpect(content().string(containsString("未回答")));

    // the exports: one header row, then the rows as the API gives them
    String csv =
        mvc.perform(
                get("/surveys/" + campaignId + "/action-items.csv")
                    .param("plan", planA)
                    .param("lang", "en")
                    .with(staff()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("Plan", "Owner", "Survey answer");
    assertThat(lines.get(1))
        .contains("Draft a JAIF proposal", "ASEC", "2027-03-31", "Answered", "Done");
    assertThat(lines.get(3)).contains("Host a return visit", "RIKEN", "Answered");
    byte[] xlsx =
        mvc.perform(
                get("/surveys/" + campaignId + "/action-items.xlsx")
                    .param("lang", "ja")
                    .with(staff()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> cells = new ArrayList<>();
      for (Row row : book.getSheetAt(0)) {
        row.forEach(cell -> cells.add(cell.toString()));
      }
      assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(5);
      assertThat(cells).contains("計画", "Draft a JAIF proposal", "完了", "Brief MEXT", "未回答");
    }
  }

  @Test
  void aCampaignWithoutActionItemsSaysSoOnItsPage() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    CompletedPlans.complete(
        mvc,
        inbox,
        codec,
        "empty-pi-" + tag + "@a.example",
        "e1-" + tag + "@x.example",
        "e2-" + tag + "@x.example");
    // participants only: no PI is asked about an action plan
    String campaignId = launchedCampaign(tag, "PARTICIPANT");

    mvc.perform(get("/surveys/" + campaignId).param("lang", "en").with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-action-items\"")))
        .andExpect(content().string(not(containsString("id=\"action-items-table\""))));
    mvc.perform(items(campaignId)).andExpect(jsonPath("$.page.totalElements").value(0));
  }

  private void actionPlan(String planId, String items) throws Exception {
    mvc.perform(
            put("/api/plans/" + planId + "/action-plan")
                .with(TestUsers.applicantOf("INST-A"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(items))
        .andExpect(status().isOk());
  }

  /** A campaign of 2027 for the roles, launched now (every completed exchange is asked). */
  private String launchedCampaign(String tag, String role) throws Exception {
    String definition =
        JsonPath.read(
            mvc.perform(
                    post("/api/surveys/definitions")
                        .with(staff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            """
                            {"titleJa":"追跡 %1$s","titleEn":"Follow-up %1$s","questions":[
                              {"id":"story","kind":"TEXT","textJa":"その後","textEn":"Since"}]}"""
                                .formatted(tag)))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    Instant now = Instant.now();
    String id =
        campaigns
            .schedule(
                definition,
                2027,
                "0 0 9 1 1 *",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)),
                List.of(role))
            .id();
    assertThat(scheduler.launchNow(id).outcome())
        .isEqualTo(CampaignScheduler.LaunchOutcome.LAUNCHED);
    return id;
  }

  private static String token(String address) {
    await().atMost(WAIT).until(() -> !mailTo(address).isEmpty());
    Matcher m = SurveysIT.LINK.matcher(body(mailTo(address).get(0)));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder items(
      String campaignId) {
    return get("/api/surveys/campaigns/" + campaignId + "/action-items").with(staff());
  }

  private static RequestPostProcessor staff() {
    return TestUsers.staff("staff-reporting");
  }

  private static org.hamcrest.Matcher<java.util.Collection<? extends Object>> hasSize(int n) {
    return org.hamcrest.Matchers.hasSize(n);
  }
}
