package nexus.contract.dashboard;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.PARTNER;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.awardWithPartner;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class ContractPagesIT {

  @Autowired MockMvc mvc;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;

  private String signedAndPaid() throws Exception {
    CaseDriver driver = new CaseDriver(mvc);
    String planId = newPlanId();
    inbox.handle(codec.encode(codec.wrap(awardWithPartner(planId), "review-service", null)));
    driver.toAgreements(planId);
    driver.sign(planId, "AGR-" + planId + "-1", HOST);
    driver.sign(planId, "AGR-" + planId + "-2", PARTNER);
    driver.disburse("staff-b", planId, driver.requestAndApprove(planId, "AGR-" + planId + "-1"));
    driver.requestPayment("staff-a", planId, "AGR-" + planId + "-2");
    return planId;
  }

  @Test
  void dashboardShowsStagesPendingPaymentsAndMoneyAndExportsThem() throws Exception {
    String planId = signedAndPaid();

    mvc.perform(get("/dashboard").param("lang", "ja").with(contractStaff("staff-a")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("段階別の案件数")))
        .andExpect(content().string(containsString("PAY-AGR-" + planId + "-2")))
        .andExpect(content().string(containsString("承認待ち")));
    String csv =
        mvc.perform(get("/dashboard/export.csv").with(contractStaff("staff-a")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("ytec-2025,INST-HOST,Host University,");
    byte[] xlsx =
        mvc.perform(
                get("/dashboard/export.xlsx").param("lang", "en").with(contractStaff("staff-a")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue())
          .startsWith("Committed");
      assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
    }
    mvc.perform(get("/dashboard/export.csv").with(applicantOf(HOST)))
        .andExpect(status().isForbidden());
  }

  @Test
  void staffCasePageAsksToConfirmIrreversibleStepsAndShowsOnlyTheMaskedAccount() throws Exception {
    String planId = signedAndPaid();

    mvc.perform(get("/cases/" + planId).param("lang", "ja").with(contractStaff("staff-a")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("監査証跡")))
        .andExpect(content().string(containsString("****321")))
        .andExpect(content().string(not(containsString("7654321"))));
    mvc.perform(
            post("/cases/" + planId + "/payments/PAY-AGR-" + planId + "-2/approve")
                .with(contractStaff("staff-b"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attributeExists("error"));
    mvc.perform(
            post("/cases/" + planId + "/payments/PAY-AGR-" + planId + "-2/approve")
                .param("confirm", "true")
                .with(contractStaff("staff-a"))
                .with(csrf()))
        .andExpect(flash().attribute("error", containsString("別の職員")));
  }

  @Test
  void theHostAndThePartnerSeeTheirOwnAgreementsAndPaymentStatus() throws Exception {
    String planId = signedAndPaid();

    mvc.perform(get("/my/cases").with(applicantOf(PARTNER)))
        .andExpect(content().string(containsString(planId)));
    mvc.perform(get("/my/cases/" + planId).param("lang", "ja").with(applicantOf(HOST)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("支払済み")))
        .andExpect(content().string(containsString("AGR-" + planId + "-1/pdf")))
        .andExpect(content().string(not(containsString("AGR-" + planId + "-2/pdf"))));
    mvc.perform(get("/my/cases/" + planId).with(applicantOf("INST-OTHER")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theHostWritesTheWorkPlanOnItsPageAndStaffDecideThere() throws Exception {
    String planId = newPlanId();
    inbox.handle(
        codec.encode(
            codec.wrap(nexus.contract.CaseFixtures.hostOnlyAward(planId), "review-service", null)));

    mvc.perform(get("/my/cases/" + planId).param("lang", "ja").with(applicantOf(HOST)))
        .andExpect(content().string(containsString("業務計画書を提出")))
        .andExpect(content().string(containsString("value=\"4500000\"")));
    mvc.perform(workPlanForm(planId, "9000000", "500000"))
        .andExpect(flash().attribute("error", containsString("7,700,000")));
    mvc.perform(workPlanForm(planId, "4500000", "500000"))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(
            post("/cases/" + planId + "/work-plan/decision")
                .param("approve", "true")
                .param("confirm", "true")
                .with(contractStaff("staff-a"))
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));

    mvc.perform(workPlanForm(planId, "4600000", "400000").param("reason", "More travel"))
        .andExpect(flash().attributeExists("done"));
    String page =
        mvc.perform(get("/cases/" + planId).param("lang", "ja").with(contractStaff("staff-b")))
            .andExpect(content().string(containsString("More travel")))
            .andExpect(content().string(containsString("機構の判断待ち")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String amendmentId = page.replaceAll("(?s).*amendments/(AMD-[0-9a-f-]+)/decision.*", "$1");
    mvc.perform(
            post("/cases/" + planId + "/amendments/" + amendmentId + "/decision")
                .param("approve", "true")
                .param("confirm", "true")
                .with(contractStaff("staff-b"))
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(get("/my/cases/" + planId).param("lang", "ja").with(applicantOf(HOST)))
        .andExpect(content().string(containsString("value=\"4600000\"")));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder workPlanForm(
      String planId, String travel, String other) {
    return post("/my/cases/" + planId + "/work-plan")
        .param("suppliesJpy", "900000")
        .param("honorariaJpy", "400000")
        .param("travelJpy", travel)
        .param("otherJpy", other)
        .param("indirectJpy", "630000")
        .param("start", "2026-02-01")
        .param("end", "2026-11-30")
        .param("participants", "Siti Rahman\nAhmad Yusof")
        .with(applicantOf(HOST))
        .with(csrf());
  }
}
