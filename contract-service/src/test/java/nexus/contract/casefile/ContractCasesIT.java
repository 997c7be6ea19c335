package nexus.contract.casefile;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.PARTNER;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.hostOnlyAward;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.contract.pdf.ContractPdfs;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.messaging.EventInbox;
import nexus.messaging.EventInbox.Outcome;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class ContractCasesIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  CaseDriver driver;

  @BeforeEach
  void driver() {
    driver = new CaseDriver(mvc);
  }

  private byte[] envelope(IntegrationEvent event) {
    return codec.encode(codec.wrap(event, "review-service", null));
  }

  private long cases(String planId) {
    return mongo.getCollection("contract_cases").countDocuments(new Document("_id", planId));
  }

  @Test
  void aReplayedAwardOpensNoSecondCase() throws Exception {
    String planId = newPlanId();
    PlanAwarded award = awardWithPartner(planId);
    byte[] delivery = envelope(award);

    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.APPLIED);
    assertThat(inbox.handle(delivery)).isEqualTo(Outcome.DUPLICATE);
    // the same award published again under a new event id (a replay from review)
    assertThat(inbox.handle(envelope(award))).isEqualTo(Outcome.APPLIED);

    assertThat(cases(planId)).isEqualTo(1);
    mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stage").value("CONDITIONS"))
        .andExpect(jsonPath("$.agreements", hasSize(2)))
        .andExpect(jsonPath("$.agreements[0].institutionId").value(HOST))
        .andExpect(jsonPath("$.agreements[0].amountJpy").value(7_700_000))
        .andExpect(jsonPath("$.agreements[1].role").value("PARTNER"))
        .andExpect(jsonPath("$.agreements[1].amountJpy").value(2_200_000))
        .andExpect(jsonPath("$.approvedAmountJpy").value(9_900_000))
        .andExpect(jsonPath("$.workPlan.budget.travelJpy").value(4_500_000))
        .andExpect(jsonPath("$.workPlan.budget.indirectJpy").value(630_000))
        .andExpect(jsonPath("$.workPlan.start").value("2026-02-01"))
        .andExpect(jsonPath("$.workPlan.participants", hasSize(2)));
  }

  @Test
  void anAwardWithoutPerInstitutionAmountsGivesTheHostTheWholeAward() throws Exception {
    String planId = newPlanId();
    inbox.handle(
        envelope(
            new PlanAwarded(
                planId,
                "ytec-2025",
                HOST,
                "MENTOR",
                3_000_000L,
                List.of(),
                nexus.contract.CaseFixtures.DECIDED_AT)));

    mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(jsonPath("$.agreements", hasSize(1)))
        .andExpect(jsonPath("$.agreements[0].institutionId").value(HOST))
        .andExpect(jsonPath("$.agreements[0].amountJpy").value(3_000_000))
        .andExpect(jsonPath("$.stage").value("WORK_PLAN"));
  }

  @Test
  void nothingProceedsWhileAConditionIsOpen() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(awardWithPartner(planId)));

    driver
        .submitWorkPlan(planId, CaseDriver.WORK_PLAN)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.rule").value("case.conditions-open"));

    driver.closeCondition(planId, "C1").andExpect(jsonPath("$.conditions[0].open").value(false));
    driver.submitWorkPlan(planId, CaseDriver.WORK_PLAN).andExpect(status().isOk());
  }

  @Test
  void workPlanStaysWithinTheApprovedAmountAndTheIndirectCap() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(hostOnlyAward(planId)));

    driver
        .submitWorkPlan(planId, CaseDriver.WORK_PLAN.replace("4500000", "5500000"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("budget.above-approved"));
    driver
        .submitWorkPlan(planId, CaseDriver.WORK_PLAN.replace("630000", "630001"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("budget.indirect-cap"));
  }

  @Test
  void staffReturnTheWorkPlanWithACommentAndApproveTheNextVersion() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(hostOnlyAward(planId)));
    driver.submitWorkPlan(planId, CaseDriver.WORK_PLAN).andExpect(status().isOk());

    driver
        .decideWorkPlan(planId, false, "")
        .andExpect(jsonPath("$.rule").value("work-plan.comment-required"));
    driver.decideWorkPlan(planId, false, "Split travel by visit").andExpect(status().isOk());
    driver
        .submitWorkPlan(
            planId,
            CaseDriver.WORK_PLAN.replace(
                "\"otherJpy\":500000,\"indirectJpy\":630000",
                "\"otherJpy\":400000,\"indirectJpy\":620000"))
        .andExpect(status().isOk());
    driver
        .staffPost("staff-a", "/api/cases/" + planId + "/work-plan/decision", "{\"approve\":true}")
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.rule").value("confirm.required"));
    driver
        .decideWorkPlan(planId, true, "")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workPlan.status").value("APPROVED"))
        .andExpect(jsonPath("$.workPlan.versions", hasSize(2)))
        .andExpect(jsonPath("$.workPlan.versions[0].decision").value("RETURNED"))
        .andExpect(jsonPath("$.workPlan.versions[0].comment").value("Split travel by visit"))
        .andExpect(jsonPath("$.workPlan.versions[1].budget.otherJpy").value(400_000))
        .andExpect(jsonPath("$.agreements[0].sha256").isNotEmpty())
        .andExpect(jsonPath("$.stage").value("AGREEMENT"));
    // WorkPlanApproved leaves through the outbox: ContractFlowIT reads it back from Kafka
  }

  @Test
  void eachInstitutionSignsItsOwnAgreementAndTheSignatureBindsTheExactBytes() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(awardWithPartner(planId)));
    driver.toAgreements(planId);
    String hostAgreement = "AGR-" + planId + "-1";
    String partnerAgreement = "AGR-" + planId + "-2";

    byte[] pdf =
        mvc.perform(
                get("/api/my/cases/" + planId + "/agreements/" + hostAgreement + "/pdf")
                    .with(applicantOf(HOST)))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    String sha = ContractPdfs.sha256(pdf);

    // another institution sees nothing; the host cannot open or sign the partner's agreement
    mvc.perform(get("/api/my/cases/" + planId).with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/my/cases/" + planId + "/agreements/" + partnerAgreement + "/pdf")
                .with(applicantOf(HOST)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/my/cases/" + planId + "/agreements/" + hostAgreement + "/signature")
                .with(applicantOf(HOST))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sha256\":\"" + "0".repeat(64) + "\",\"confirm\":true}"))
        .andExpect(jsonPath("$.rule").value("agreement.document-changed"));
    driver
        .staffPost(
            "staff-a",
            "/api/cases/" + planId + "/agreements/" + hostAgreement + "/agency-signature",
            "{\"confirm\":true}")
        .andExpect(jsonPath("$.rule").value("agreement.institution-signs-first"));

    driver.sign(planId, hostAgreement, HOST);
    driver.sign(planId, partnerAgreement, PARTNER);

    String json = driver.json(planId);
    assertThat((String) JsonPath.read(json, "$.agreements[0].institutionSignature.sha256"))
        .isEqualTo(sha);
    assertThat((String) JsonPath.read(json, "$.agreements[0].agencySignature.signerId"))
        .isEqualTo("staff-a");
    assertThat((String) JsonPath.read(json, "$.stage")).isEqualTo("PAYMENT");
    mvc.perform(
            get("/api/cases/" + planId + "/agreements/" + hostAgreement + "/pdf")
                .with(contractStaff("staff-b")))
        .andExpect(header().string("X-Content-SHA256", sha))
        .andExpect(content().bytes(pdf));
    // each institution sees only its own agreement; the partner has no thread
    mvc.perform(get("/api/my/cases/" + planId).with(applicantOf(PARTNER)))
        .andExpect(jsonPath("$.agreements", hasSize(1)))
        .andExpect(jsonPath("$.agreements[0].institutionId").value(PARTNER))
        .andExpect(jsonPath("$.messages", hasSize(0)));
    // AgreementSigned per institution goes out through the outbox: ContractFlowIT reads both
    // back from Kafka
    List<String> signed = JsonPath.read(json, "$.agreements[?(@.signed == true)].institutionId");
    assertThat(signed).containsExactly(HOST, PARTNER);
  }

  @Test
  void theAuditTrailRecordsApprovalsForStaffOnly() throws Exception {
    String planId = newPlanId();
    inbox.handle(envelope(hostOnlyAward(planId)));
    driver.toAgreements(planId);

    mvc.perform(get("/api/cases/" + planId + "/audit").with(contractStaff("staff-a")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.action == 'work-plan.approved')].actorId").value("staff-a"))
        .andExpect(jsonPath("$[?(@.action == 'work-plan.submitted')].after").isNotEmpty());
    mvc.perform(
            get("/api/cases/" + planId + "/audit").with(nexus.testsupport.TestUsers.staff("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/cases/" + planId + "/audit").with(applicantOf(HOST)))
        .andExpect(status().isForbidden());
  }
}
