package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.applicant;
import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static nexus.reporting.obligation.ObligationFixtures.partnerSigned;
import static nexus.reporting.obligation.ObligationFixtures.settled;
import static nexus.reporting.obligation.ObligationFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.ExchangeCompleted;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantListSubmitted;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The host's participant list, outcome report and the institutions' accounting reports through the
 * API, staff's decisions, and the completion of the exchange once.
 */
class PlanReportsIT extends ReportingContext {

  static final String TOPIC = "nexus.reporting.events";

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  static final String LIST =
      """
      {"participants":[
        {"name":"Somchai Jaidee","birthDate":"1998-04-01","category":"GRADUATE_STUDENT",
         "role":"PARTICIPANT","affiliation":"Chulalongkorn University","country":"TH",
         "email":"somchai@chula.example",
         "visits":[{"start":"2026-03-01","end":"2026-04-19","direction":"INVITATION","place":"Tokyo"},
                   {"start":"2026-06-01","end":"2026-07-%s","direction":"INVITATION","place":"Osaka"}],
         "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+66 2 000 0000","mofaRegistered":false}},
        {"name":"Nguyen Van An","birthDate":"1995-09-09","category":"POSTDOC",
         "role":"PARTICIPANT","affiliation":"VNU","country":"VN",
         "visits":[{"start":"2026-03-01","end":"2026-03-20","direction":"INVITATION","place":"Tokyo"}],
         "safety":{"insuranceWithEvacuation":true,"emergencyContact":"+84 000","mofaRegistered":false}}
      ]}""";

  @Test
  void aListWithNinetyOneDaysForOnePersonIsRefusedNamingThatPerson() throws Exception {
    String planId = signedPlan();

    submitList(planId, "11", applicant())
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problems.length()").value(1))
        .andExpect(jsonPath("$.problems[0].rule").value("stay-limit"))
        .andExpect(jsonPath("$.problems[0].person").value("Somchai Jaidee"))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("Somchai Jaidee")))
        .andExpect(jsonPath("$.problems[0].message").value(containsString("91")));
    assertThat(mongo.getCollection("obligations").find(new Document("_id", planId)).first())
        .doesNotContainKey("participantList");
  }

  @Test
  void aValidListIsStoredAndAnnouncedWithTheParticipantsContactData() throws Exception {
    String planId = signedPlan();

    submitList(planId, "10", applicant())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].participantId").isNotEmpty());

    await().atMost(WAIT).until(() -> outboxEmpty(planId));
    ParticipantListSubmitted event =
        codec.payload(only(planId, "participant-list.submitted"), ParticipantListSubmitted.class);
    assertThat(event.callId()).isEqualTo("ytec-2025");
    assertThat(event.participants())
        .extracting(p -> p.name() + "/" + p.email() + "/" + p.country() + "/" + p.direction())
        .containsExactly(
            "Somchai Jaidee/somchai@chula.example/TH/INVITATION",
            "Nguyen Van An/null/VN/INVITATION");
    mvc.perform(get("/api/plans/" + planId).with(staff("staff-reporting")))
        .andExpect(jsonPath("$.participants").value(2))
        .andExpect(jsonPath("$.duties[0].state").value("ACCEPTED"));
  }

  @Test
  void anotherInstitutionCannotSeeOrReportOnThePlan() throws Exception {
    String planId = signedPlan();

    submitList(planId, "10", TestUsers.applicantOf("INST-OTHER")).andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/" + planId).with(TestUsers.applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    // the partner signed, so it sees the plan, but the list is the host's
    submitList(planId, "10", TestUsers.applicantOf("INST-P")).andExpect(status().isNotFound());
    mvc.perform(get("/api/plans/mine").with(TestUsers.applicantOf("INST-P")))
        .andExpect(jsonPath("$.content[?(@.planId == '" + planId + "')]").isNotEmpty());
  }

  @Test
  void theExchangeCompletesOnceWhenTheOutcomeIsAcceptedAndEveryInstitutionIsSettled()
      throws Exception {
    String planId = signedPlan();
    submitList(planId, "10", applicant()).andExpect(status().isOk());
    putJson("/api/plans/" + planId + "/outcome-report", OUTCOME, applicant())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcomeReport.state").value("SUBMITTED"));
    decide("/api/plans/" + planId + "/outcome-report/decision", false, "Add the partner's part")
        .andExpect(jsonPath("$.outcomeReport.state").value("RETURNED"));
    putJson("/api/plans/" + planId + "/outcome-report", OUTCOME, applicant())
        .andExpect(status().isOk());
    deliver(settled(planId, "INST-A"));
    decide("/api/plans/" + planId + "/outcome-report/decision", true, null)
        .andExpect(jsonPath("$.outcomeReport.state").value("ACCEPTED"));
    assertThat(mongo.getCollection("obligations").find(new Document("_id", planId)).first())
        .doesNotContainKey("completedAt");

    deliver(settled(planId, "INST-P"));
    deliver(settled(planId, "INST-P"));
    deliver(settled(planId, "INST-A"));
    decide("/api/plans/" + planId + "/outcome-report/decision", true, null)
        .andExpect(status().isConflict());

    await().atMost(WAIT).until(() -> outboxEmpty(planId));
    ExchangeCompleted completed =
        codec.payload(only(planId, "exchange.completed"), ExchangeCompleted.class);
    assertThat(completed.course()).isEqualTo("YOUNG_TALENT");
    assertThat(completed.hostInstitutionName()).isEqualTo("Institution A");
    assertThat(completed.counterparts()).extracting(c -> c.country()).containsExactly("TH");
    assertThat(completed.participants())
        .extracting(p -> p.name())
        .containsExactly("Somchai Jaidee", "Nguyen Van An");
    assertThat(completed.participantIds()).hasSize(2);
    mvc.perform(get("/api/plans/" + planId).with(staff("staff-reporting")))
        .andExpect(jsonPath("$.status").value("COMPLETED"));
  }

  @Test
  void anAcceptedAccountingReportIsAnnouncedForSettlementWithItsLines() throws Exception {
    String planId = signedPlan();
    RequestPostProcessor partner = TestUsers.applicantOf("INST-P");

    putJson(
            "/api/plans/" + planId + "/accounting-report",
            """
            {"items":[{"category":"III","description":"flights","amountJpy":800000}],
             "indirectJpy":90000}""",
            partner)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.rule").value("accounting.indirect-cap"));
    putJson(
            "/api/plans/" + planId + "/accounting-report",
            """
            {"items":[{"category":"V","description":"","amountJpy":-1}],"indirectJpy":0}""",
            partner)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(3));
    putJson(
            "/api/plans/" + planId + "/accounting-report",
            """
            {"items":[{"category":"III","description":"flights","amountJpy":800000},
                      {"category":"I","description":"reagents","amountJpy":100000}],
             "indirectJpy":90000}""",
            partner)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accountingReports.length()").value(1));
    mvc.perform(get("/api/plans/" + planId + "/reports").with(applicant()))
        .andExpect(jsonPath("$.accountingReports.length()").value(0));

    decide("/api/plans/" + planId + "/accounting-reports/INST-P/decision", false, " ")
        .andExpect(status().isUnprocessableContent());
    decide("/api/plans/" + planId + "/accounting-reports/INST-P/decision", true, "ok")
        .andExpect(jsonPath("$.accountingReports[0].state").value("ACCEPTED"));

    await().atMost(WAIT).until(() -> outboxEmpty(planId));
    var report =
        codec.payload(
            only(planId, "accounting-report.submitted"),
            nexus.events.AccountingReportSubmitted.class);
    assertThat(report.institutionId()).isEqualTo("INST-P");
    assertThat(report.spentAmountJpy()).isEqualTo(990_000L);
    assertThat(report.indirectJpy()).isEqualTo(90_000L);
    assertThat(report.items()).extracting(i -> i.category()).containsExactly("III", "I");
  }

  @Test
  void anErasedAlumnusIsAnonymisedInTheParticipantListAndStillCounted() throws Exception {
    String planId = signedPlan();
    String body =
        submitList(planId, "10", applicant())
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String somchai = com.jayway.jsonpath.JsonPath.read(body, "$[0].participantId");

    deliver(
        new nexus.events.AlumniErased(
            "alum-1",
            List.of(new nexus.events.AlumniErased.PlanParticipant(planId, somchai)),
            java.time.Instant.now()));

    String stored =
        mvc.perform(get("/api/plans/" + planId + "/reports").with(staff("staff-reporting")))
            .andExpect(jsonPath("$.participants.length()").value(2))
            .andExpect(jsonPath("$.participants[0].name").value("(erased)"))
            .andExpect(jsonPath("$.participants[0].email").value(org.hamcrest.Matchers.nullValue()))
            .andExpect(
                jsonPath("$.participants[0].affiliation").value(org.hamcrest.Matchers.nullValue()))
            .andExpect(
                jsonPath("$.participants[0].birthDate").value(org.hamcrest.Matchers.nullValue()))
            .andExpect(jsonPath("$.participants[1].affiliation").value("VNU"))
            .andExpect(jsonPath("$.participants[0].country").value("TH"))
            .andExpect(jsonPath("$.participants[0].visits.length()").value(2))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(stored)
        .doesNotContain(
            "Somchai", "somchai@chula.example", "1998-04-01", "+66 2 000 0000", "Chulalongkorn");
    await().atMost(WAIT).until(() -> outboxEmpty(planId));
    assertThat(
            mongo.getCollection("obligations").find(new Document("_id", planId)).first().toJson())
        .doesNotContain("Somchai", "somchai@chula.example");
  }

  @Test
  void staffReturnAndAcceptTheOutcomeReportOnThePlansPage() throws Exception {
    String planId = signedPlan();
    putJson("/api/plans/" + planId + "/outcome-report", OUTCOME, applicant())
        .andExpect(status().isOk());

    mvc.perform(get("/obligations/" + planId).param("lang", "en").with(staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Two researchers visited")))
        .andExpect(content().string(containsString("Return for correction")));
    mvc.perform(
            post("/obligations/" + planId + "/outcome-report/decision")
                .param("lang", "en")
                .param("accept", "false")
                .param("comment", "")
                .with(staff("staff-reporting"))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("id=\"decision-error\"")))
        .andExpect(content().string(containsString("Say what must be corrected")));
    mvc.perform(
            post("/obligations/" + planId + "/outcome-report/decision")
                .param("accept", "true")
                .with(staff("staff-reporting"))
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/plans/" + planId + "/reports").with(staff("staff-reporting")))
        .andExpect(jsonPath("$.outcomeReport.state").value("ACCEPTED"));
    mvc.perform(get("/obligations/" + planId).with(applicant())).andExpect(status().isForbidden());
  }

  static final String OUTCOME =
      """
      {"summary":"Two researchers visited for joint experiments.",
       "outcomes":"A joint paper is in preparation.",
       "partnerContribution":"Partner Univ hosted the lab work.",
       "followUp":"Online seminars every month."}""";

  private String signedPlan() {
    String planId = newPlanId();
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    deliver(partnerSigned(planId));
    return planId;
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }

  private ResultActions submitList(String planId, String lastDay, RequestPostProcessor who)
      throws Exception {
    return putJson("/api/plans/" + planId + "/participant-list", LIST.formatted(lastDay), who);
  }

  private ResultActions putJson(String path, String body, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
        put(path)
            .with(who)
            .param("lang", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private ResultActions decide(String path, boolean accept, String comment) throws Exception {
    return mvc.perform(
        post(path)
            .with(staff("staff-reporting"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"accept\":"
                    + accept
                    + ",\"comment\":"
                    + (comment == null ? "null" : "\"" + comment + "\"")
                    + "}"));
  }

  private boolean outboxEmpty(String planId) {
    Document d = mongo.getCollection("obligations").find(new Document("_id", planId)).first();
    return d != null && ((List<?>) d.get("outbox")).isEmpty();
  }

  /** The plan's only event of a type on reporting's topic (fails when there are two). */
  private EventEnvelope only(String planId, String type) {
    List<EventEnvelope> events =
        eventsOn(TOPIC, codec).stream()
            .filter(e -> e.type().equals(type) && planId.equals(e.key()))
            .toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
