package nexus.contract.settlement;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.handWorkedReport;
import static nexus.contract.CaseFixtures.hostOnlyAward;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class SettlementsIT {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  private void deliver(IntegrationEvent e) {
    inbox.handle(codec.encode(codec.wrap(e, "test", null)));
  }

  @Test
  void aReportBeforeTheAdvanceWasPaidIsNotSettledAndCanBeReplayedLater() throws Exception {
    String planId = newPlanId();
    deliver(hostOnlyAward(planId));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> deliver(handWorkedReport(planId)))
        .hasStackTraceContaining("settlement.no-advance");
    mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(jsonPath("$.settlements.length()").value(0));
  }

  @Test
  void theHandWorkedReportLeavesARefundOfOneMillionFortyFiveThousandUntilStaffConfirmIt()
      throws Exception {
    CaseDriver driver = new CaseDriver(mvc);
    String planId = newPlanId();
    deliver(hostOnlyAward(planId));
    driver.toAgreements(planId);
    String agreementId = "AGR-" + planId + "-1";
    driver.sign(planId, agreementId, HOST);
    driver
        .disburse("staff-b", planId, driver.requestAndApprove(planId, agreementId))
        .andExpect(status().isOk());

    deliver(handWorkedReport(planId));
    deliver(handWorkedReport(planId)); // a second delivery settles nothing again

    mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(jsonPath("$.settlements.length()").value(1))
        .andExpect(jsonPath("$.settlements[0].status").value("REFUND_PENDING"))
        .andExpect(jsonPath("$.settlements[0].calculation.advanceJpy").value(7_700_000))
        .andExpect(jsonPath("$.settlements[0].calculation.directSpentJpy").value(6_200_000))
        .andExpect(jsonPath("$.settlements[0].calculation.excludedJpy").value(150_000))
        .andExpect(jsonPath("$.settlements[0].calculation.indirectAllowedJpy").value(605_000))
        .andExpect(jsonPath("$.settlements[0].calculation.eligibleJpy").value(6_655_000))
        .andExpect(jsonPath("$.settlements[0].calculation.refundJpy").value(1_045_000))
        .andExpect(jsonPath("$.stage").value("SETTLEMENT"));
    mvc.perform(get("/api/my/cases/" + planId + "/settlement/notice").with(applicantOf(HOST)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF));

    driver
        .staffPost(
            "staff-a",
            "/api/cases/" + planId + "/settlements/" + HOST + "/refund-received",
            "{\"confirm\":false}")
        .andExpect(status().isPreconditionRequired());
    driver
        .staffPost(
            "staff-a",
            "/api/cases/" + planId + "/settlements/" + HOST + "/refund-received",
            "{\"confirm\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.settlements[0].status").value("COMPLETED"))
        .andExpect(jsonPath("$.stage").value("CLOSED"));
  }
}
