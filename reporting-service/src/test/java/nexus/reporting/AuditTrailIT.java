package nexus.reporting;

import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.survey.Campaigns;
import nexus.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff decisions on outcome and accounting reports and reads of personal data (participant lists,
 * incidents, survey respondents' answers) land in the audit trail — who, what, on which plan, the
 * outcome — through the API and the pages alike, refusals too.
 */
class AuditTrailIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Campaigns campaigns;

  @Test
  void staffDecisionsOnOutcomeAndAccountingReportsAreAuditedOnTheApiAndThePage() throws Exception {
    String planId = signedPlan();
    json(put("/api/plans/" + planId + "/outcome-report"), host(), OUTCOME)
        .andExpect(status().isOk());
    json(put("/api/plans/" + planId + "/accounting-report"), host(), ACCOUNTING)
        .andExpect(status().isOk());

    // the API returns the outcome report; the page refuses an acceptance of nothing... then accepts
    json(post("/api/plans/" + planId + "/outcome-report/decision"), staff(), RETURN)
        .andExpect(status().isOk());
    json(put("/api/plans/" + planId + "/outcome-report"), host(), OUTCOME)
        .andExpect(status().isOk());
    page(post("/obligations/" + planId + "/outcome-report/decision").param("accept", "false"))
        .andExpect(status().isUnprocessableContent());
    page(post("/obligations/" + planId + "/outcome-report/decision").param("accept", "true"))
        .andExpect(status().is3xxRedirection());
    page(post("/obligations/" + planId + "/accounting-reports/INST-A/decision")
            .param("accept", "true"))
        .andExpect(status().is3xxRedirection());
    json(post("/api/plans/" + planId + "/accounting-reports/INST-A/decision"), staff(), RETURN)
        .andExpect(status().isConflict());

    trail("outcome-report.decide", planId)
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[0].outcome").value("OK"))
        .andExpect(jsonPath("$.items[0].actor").value("staff-reporting"))
        .andExpect(
            jsonPath("$.items[0].detail")
                .value("POST /obligations/" + planId + "/outcome-report/decision 302"))
        .andExpect(jsonPath("$.items[1].outcome").value("REFUSED"))
        .andExpect(jsonPath("$.items[2].outcome").value("OK"))
        .andExpect(
            jsonPath("$.items[2].detail")
                .value("POST /api/plans/" + planId + "/outcome-report/decision 200"));
    trail("accounting-report.decide", planId + "/INST-A")
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[0].outcome").value("REFUSED"))
        .andExpect(jsonPath("$.items[1].outcome").value("OK"))
        .andExpect(jsonPath("$.items[1].roles[0]").value("staff-reporting"));
  }

  @Test
  void readsOfParticipantListsIncidentsAndSurveyAnswersAreAudited() throws Exception {
    String planId = signedPlan();
    json(
            post("/api/plans/" + planId + "/incidents"),
            host(),
            """
            {"severity":"MINOR","occurredAt":"2026-03-05T02:00:00Z","place":"Tsukuba",
             "what":"A fall","harmed":"Somchai Jaidee, bruise","actions":"First aid"}""")
        .andExpect(status().isCreated());

    // participant list: API and page; another institution's attempt is audited as not found
    mvc.perform(get("/api/plans/" + planId + "/reports").with(staff())).andExpect(status().isOk());
    mvc.perform(get("/obligations/" + planId).with(TestUsers.staff("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/plans/" + planId + "/reports").with(TestUsers.applicantOf("INST-X")))
        .andExpect(status().isNotFound());
    trail("participant-list.read", planId)
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items[0].outcome").value("NOT_FOUND"))
        .andExpect(jsonPath("$.items[0].actor").value("applicant-INST-X"))
        .andExpect(jsonPath("$.items[1].actor").value("admin"))
        .andExpect(jsonPath("$.items[1].detail").value("GET /obligations/" + planId + " 200"))
        .andExpect(jsonPath("$.items[2].actor").value("staff-reporting"));

    // incidents: the plan's, everyone's, the dashboard's banner
    mvc.perform(get("/api/plans/" + planId + "/incidents").with(staff()))
        .andExpect(status().isOk());
    trail("incident.read", planId)
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].outcome").value("OK"));
    mvc.perform(get("/api/incidents").with(TestUsers.staff("admin"))).andExpect(status().isOk());
    newest("incident.read")
        .andExpect(jsonPath("$.items[0].detail").value("GET /api/incidents 200"));
    mvc.perform(get("/dashboard").with(TestUsers.staff("admin"))).andExpect(status().isOk());
    newest("incident.read").andExpect(jsonPath("$.items[0].detail").value("GET /dashboard 200"));

    // survey respondents' answers: the campaign's page, the API and the export
    Instant now = Instant.now();
    String campaignId =
        campaigns
            .schedule(
                definition(),
                2031,
                "0 0 9 1 1 *",
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)))
            .id();
    mvc.perform(get("/surveys/" + campaignId).with(staff())).andExpect(status().isOk());
    mvc.perform(get("/api/surveys/campaigns/" + campaignId + "/action-items").with(staff()))
        .andExpect(status().isOk());
    mvc.perform(get("/surveys/" + campaignId + "/action-items.csv").with(staff()))
        .andExpect(status().isOk());
    trail("survey.respondents.read", campaignId)
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(
            jsonPath("$.items[0].detail")
                .value("GET /surveys/" + campaignId + "/action-items.csv 200"));
  }

  static final String OUTCOME =
      """
      {"summary":"s","outcomes":"o","partnerContribution":"p","followUp":"f"}""";
  static final String ACCOUNTING =
      """
      {"items":[{"category":"III","description":"Flights","amountJpy":500000}],"indirectJpy":0}""";
  static final String RETURN = "{\"accept\":false,\"comment\":\"Please add the partner's part\"}";

  private String signedPlan() {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    return planId;
  }

  private String definition() throws Exception {
    String body =
        json(
                post("/api/surveys/definitions"),
                staff(),
                """
                {"titleJa":"監査","titleEn":"Audit","questions":[
                  {"id":"story","kind":"TEXT","textJa":"その後","textEn":"Since"}]}""")
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return com.jayway.jsonpath.JsonPath.read(body, "$.id");
  }

  private ResultActions trail(String action, String subject) throws Exception {
    return mvc.perform(
            get("/api/ops/audit").param("action", action).param("subject", subject).with(staff()))
        .andExpect(status().isOk());
  }

  private ResultActions newest(String action) throws Exception {
    return mvc.perform(get("/api/ops/audit").param("action", action).with(staff()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].actor").value("admin"))
        .andExpect(jsonPath("$.items[0].subject").value(""));
  }

  private ResultActions json(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor who,
      String body)
      throws Exception {
    return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(staff()).with(csrf()));
  }

  private static RequestPostProcessor staff() {
    return TestUsers.staff("staff-reporting");
  }

  private static RequestPostProcessor host() {
    return TestUsers.applicantOf("INST-A");
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
