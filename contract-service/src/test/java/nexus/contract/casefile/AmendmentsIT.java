package nexus.contract.casefile;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.PARTNER;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ContractIT
class AmendmentsIT {

  static final String MOVE_TO_TRAVEL =
      """
      {"budget":{"suppliesJpy":600000,"honorariaJpy":400000,"travelJpy":4800000,"otherJpy":500000,"indirectJpy":630000},
       "start":"2026-02-01","end":"2026-12-15","participants":["Siti Rahman (PARTICIPANT)","Lee Wei (PARTICIPANT)"],
       "reason":"Flights rose; a second participant joins"}
      """;

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  private ResultActions amend(String planId, String institution, String body) throws Exception {
    return mvc.perform(
        post("/api/my/cases/" + planId + "/amendments")
            .with(applicantOf(institution))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void theHostMovesBudgetBetweenCategoriesAndStaffApproveANewVersion() throws Exception {
    CaseDriver driver = new CaseDriver(mvc);
    String planId = newPlanId();
    inbox.handle(codec.encode(codec.wrap(awardWithPartner(planId), "review-service", null)));
    driver.toAgreements(planId);

    amend(planId, PARTNER, MOVE_TO_TRAVEL).andExpect(status().isNotFound());
    amend(planId, HOST, MOVE_TO_TRAVEL.replace("4800000", "9800000"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("budget.above-approved"));
    String json =
        amend(planId, HOST, MOVE_TO_TRAVEL)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.amendments[0].status").value("REQUESTED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String amendmentId = JsonPath.read(json, "$.amendments[0].id");
    amend(planId, HOST, MOVE_TO_TRAVEL)
        .andExpect(jsonPath("$.rule").value("amendment.one-at-a-time"));

    driver
        .staffPost(
            "staff-b",
            "/api/cases/" + planId + "/amendments/" + amendmentId + "/decision",
            "{\"approve\":true,\"confirm\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amendments[0].status").value("APPROVED"))
        .andExpect(jsonPath("$.workPlan.budget.travelJpy").value(4_800_000))
        .andExpect(jsonPath("$.workPlan.budget.suppliesJpy").value(600_000))
        .andExpect(jsonPath("$.workPlan.end").value("2026-12-15"))
        .andExpect(jsonPath("$.workPlan.participants.length()").value(2))
        .andExpect(jsonPath("$.workPlan.versions.length()").value(2))
        .andExpect(jsonPath("$.workPlan.versions[1].decision").value("APPROVED"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/api/cases/" + planId + "/audit")
                .with(nexus.contract.CaseFixtures.contractStaff("staff-a")))
        .andExpect(jsonPath("$[?(@.action == 'amendment.approved')].before").isNotEmpty());
  }
}
