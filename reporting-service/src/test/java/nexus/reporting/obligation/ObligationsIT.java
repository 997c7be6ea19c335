package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.HOST_SIGNED_AT;
import static nexus.reporting.obligation.ObligationFixtures.applicant;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static nexus.reporting.obligation.ObligationFixtures.partnerSigned;
import static nexus.reporting.obligation.ObligationFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.events.AgreementSigned;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import nexus.messaging.EventInbox.Outcome;
import nexus.reporting.ReportingContext;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class ObligationsIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Obligations obligations;

  @Test
  void signatureDeliveredTwiceOpensOneObligationNamingTheInstitutionOnce() {
    String planId = newPlanId();
    AgreementSigned signed = hostSigned(planId);
    byte[] delivery = envelope(signed);

    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.APPLIED);
    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.DUPLICATE);
    obligations.open(signed, codec.wrap(signed, "contract-service", null));

    assertThat(mongo.getCollection("obligations").countDocuments(new Document("_id", planId)))
        .isEqualTo(1);
    assertThat(obligations.one(planId))
        .hasValueSatisfying(
            o -> {
              assertThat(o.institutionIds()).containsExactly("INST-A");
              assertThat(o.status()).isEqualTo("OPEN");
            });
  }

  @Test
  void partnerSignatureJoinsTheHostsObligationAndKeepsTheFirstSigningTime() {
    String planId = newPlanId();

    inbox.handle(envelope(hostSigned(planId)));
    inbox.handle(envelope(partnerSigned(planId)));

    assertThat(obligations.one(planId))
        .hasValueSatisfying(
            o -> {
              assertThat(o.institutionIds()).containsExactlyInAnyOrder("INST-A", "INST-P");
              assertThat(o.firstSignedAt()).isEqualTo(HOST_SIGNED_AT);
            });
  }

  @Test
  void reportingStaffReadAnObligationThroughTheApi() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(hostSigned(planId)));

    mvc.perform(get("/api/obligations/" + planId).with(staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.planId").value(planId))
        .andExpect(jsonPath("$.institutionIds[0]").value("INST-A"))
        .andExpect(jsonPath("$.outbox").doesNotExist());
    mvc.perform(get("/api/obligations").param("size", "200").with(staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[?(@.planId == '" + planId + "')]").isNotEmpty());
  }

  @Test
  void unknownPlanIsNotFound() throws Exception {
    mvc.perform(get("/api/obligations/" + newPlanId()).with(staff("admin")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void applicantIsForbiddenAndAnonymousCallerIsUnauthorized() throws Exception {
    mvc.perform(get("/api/obligations").with(applicant())).andExpect(status().isForbidden());
    mvc.perform(get("/api/obligations")).andExpect(status().isUnauthorized());
    mvc.perform(get("/dashboard").with(applicant())).andExpect(status().isForbidden());
  }

  @Test
  void dashboardListsTheObligationForReportingStaff() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(hostSigned(planId)));

    mvc.perform(get("/dashboard").param("lang", "ja").with(staff("staff-reporting")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(planId)))
        .andExpect(content().string(containsString("履行中")));
  }

  @Test
  void awardAndSignaturesInAnyOrderGiveEveryInstitutionItsDutiesWithDueDates() {
    String planId = newPlanId();
    inbox.handle(envelope(partnerSigned(planId)));
    inbox.handle(
        ObligationFixtures.envelope(codec, ObligationFixtures.awarded(planId), "review-service"));
    inbox.handle(envelope(hostSigned(planId)));

    ObligationView o = obligations.one(planId).orElseThrow();
    assertThat(o.title()).isEqualTo("Hydrogen materials exchange");
    assertThat(o.firstSignedAt()).isEqualTo(HOST_SIGNED_AT);
    assertThat(o.duties())
        .extracting(d -> d.kind() + "/" + d.institutionId() + "/" + d.dueAt())
        .containsExactly(
            // ytec-2025 sets 2026-02-27 for participant lists: due by its end in Japan
            "PARTICIPANT_LIST/INST-A/2026-02-27T15:00:00Z",
            // 61 days after the exchange end (2026-11-30)
            "OUTCOME_REPORT/INST-A/2027-01-30T15:00:00Z",
            "ACCOUNTING_REPORT/INST-P/2027-01-30T15:00:00Z",
            "ACCOUNTING_REPORT/INST-A/2027-01-30T15:00:00Z");
  }

  @Test
  void anOverdueParticipantListIsFlaggedOnTheDashboard() throws Exception {
    String planId = newPlanId();
    inbox.handle(
        ObligationFixtures.envelope(codec, ObligationFixtures.awarded(planId), "review-service"));
    inbox.handle(envelope(hostSigned(planId)));

    // today (2026-11-25 or later) is after the 2026-02-27 due date of the list
    assertThat(obligations.one(planId).orElseThrow().overdue()).isTrue();
    PageHtml page =
        new PageHtml(
            mvc.perform(get("/dashboard").param("lang", "en").with(staff("staff-reporting")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    // the plan's own row (the newest plan is on the first page) is flagged, at the list only
    String row = page.element("tr", "data-plan-id", planId);
    assertThat(row).as("the plan's row").isNotNull();
    assertThat(row)
        .containsPattern("<tr[^>]*class=\"overdue\"")
        .contains("Hydrogen materials exchange");
    PageHtml duties = new PageHtml(row);
    assertThat(duties.element("li", "data-duty", "PARTICIPANT_LIST"))
        .contains("class=\"overdue-flag\"", "OVERDUE");
    assertThat(duties.element("li", "data-duty", "OUTCOME_REPORT")).doesNotContain("overdue-flag");
    mvc.perform(get("/api/obligations/" + planId).with(staff("staff-reporting")))
        .andExpect(jsonPath("$.overdue").value(true))
        .andExpect(jsonPath("$.duties[0].kind").value("PARTICIPANT_LIST"))
        .andExpect(jsonPath("$.duties[0].overdue").value(true))
        .andExpect(jsonPath("$.duties[1].overdue").value(false));
  }

  private byte[] envelope(AgreementSigned event) {
    return codec.encode(codec.wrap(event, "contract-service", null));
  }
}
