package nexus.contract.payment;

import static nexus.contract.CaseFixtures.HOST;
import static nexus.contract.CaseFixtures.applicantOf;
import static nexus.contract.CaseFixtures.contractStaff;
import static nexus.contract.CaseFixtures.hostOnlyAward;
import static nexus.contract.CaseFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nexus.contract.CaseDriver;
import nexus.contract.ContractIT;
import nexus.contract.FakeBank;
import nexus.contract.payment.domain.ZenginTransferFile;
import nexus.events.EventCodec;
import nexus.messaging.EventInbox;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ContractIT
class PaymentsIT {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired FakeBank bank;
  @Autowired io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
  CaseDriver driver;
  String planId;
  String agreementId;

  @BeforeEach
  void signedAgreement() throws Exception {
    driver = new CaseDriver(mvc);
    planId = newPlanId();
    inbox.handle(codec.encode(codec.wrap(hostOnlyAward(planId), "review-service", null)));
    driver.toAgreements(planId);
    agreementId = "AGR-" + planId + "-1";
    driver.sign(planId, agreementId, HOST);
  }

  @Test
  void theSameStaffMemberCannotRequestAndApproveAPayment() throws Exception {
    driver.requestPayment("staff-a", planId, agreementId).andExpect(status().isOk());

    driver
        .approvePayment("staff-a", planId, "PAY-" + agreementId)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("payment.four-eyes"));
    driver
        .disburse("staff-b", planId, "PAY-" + agreementId)
        .andExpect(jsonPath("$.rule").value("payment.not-approved"));

    driver
        .approvePayment("staff-b", planId, "PAY-" + agreementId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payments[0].status").value("APPROVED"))
        .andExpect(jsonPath("$.payments[0].requestedBy").value("staff-a"))
        .andExpect(jsonPath("$.payments[0].approvedBy").value("staff-b"))
        .andExpect(jsonPath("$.payments[0].amountJpy").value(7_700_000));
    // both attempts are in the service's audit log, the refused one too
    assertThat(
            mongo
                .getCollection("audit_log")
                .countDocuments(
                    new Document("action", "payment.approve")
                        .append("subject", planId + "/PAY-" + agreementId)))
        .isEqualTo(2);
  }

  @Test
  void theAccountIsEncryptedAtRestAndOnlyShownMasked() throws Exception {
    driver
        .requestPayment("staff-a", planId, agreementId)
        .andExpect(jsonPath("$.payments[0].maskedAccount").value("0005-123 ****321"))
        .andExpect(jsonPath("$.payments[0].encryptedAccount").doesNotExist());

    String raw =
        mongo.getCollection("contract_cases").find(new Document("_id", planId)).first().toJson();
    assertThat(raw).doesNotContain("7654321").doesNotContain("ｺｸﾘﾂ").doesNotContain("コクリツ");
    mvc.perform(get("/api/my/cases/" + planId).with(applicantOf(HOST)))
        .andExpect(jsonPath("$.payments[0].maskedAccount").value("0005-123 ****321"));
  }

  @Test
  void aBankFailureLeavesThePaymentRetryableAndItIsNeverPaidTwice() throws Exception {
    String paymentId = driver.requestAndApprove(planId, agreementId);
    bank.failNext(3); // every attempt of the first disbursement (retry: 3 attempts)

    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.rule").value("payment.bank-failed"));
    mvc.perform(get("/api/cases/" + planId).with(contractStaff("staff-a")))
        .andExpect(jsonPath("$.payments[0].status").value("APPROVED"))
        .andExpect(jsonPath("$.payments[0].attempts").value(1))
        .andExpect(jsonPath("$.payments[0].lastError").isNotEmpty());
    assertThat(bank.paid(paymentId)).isFalse();

    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payments[0].status").value("DISBURSED"));
    int callsWhenPaid = bank.calls();
    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payments[0].status").value("DISBURSED"));

    assertThat(bank.calls()).as("a disbursed payment is not sent again").isEqualTo(callsWhenPaid);
    assertThat(bank.paid(paymentId)).isTrue();
    mvc.perform(get("/api/cases/" + planId + "/audit").with(contractStaff("staff-a")))
        .andExpect(jsonPath("$[?(@.action == 'payment.disbursed')]").isNotEmpty())
        .andExpect(jsonPath("$[?(@.action == 'payment.failed')]").isNotEmpty());
  }

  @Test
  void anUpdateRequestedAfterApprovalHoldsTheMoneyUntilItIsSettled() throws Exception {
    String paymentId = driver.requestAndApprove(planId, agreementId);
    driver
        .staffPost(
            "staff-a",
            "/api/cases/" + planId + "/conditions",
            "{\"text\":\"Confirm the bank account holder\"}")
        .andExpect(status().isOk());
    int callsBefore = bank.calls();

    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.rule").value("case.conditions-open"));
    assertThat(bank.calls()).isEqualTo(callsBefore);

    driver.closeCondition(planId, "C1").andExpect(status().isOk());
    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(jsonPath("$.payments[0].status").value("DISBURSED"));
  }

  @Test
  void anOpenCircuitDoesNotCallTheBankAndThePaymentStaysRetryable() throws Exception {
    String paymentId = driver.requestAndApprove(planId, agreementId);
    breaker.transitionToOpenState();
    try {
      int callsBefore = bank.calls();
      driver.disburse("staff-b", planId, paymentId).andExpect(status().isServiceUnavailable());
      assertThat(bank.calls()).isEqualTo(callsBefore);
    } finally {
      breaker.reset();
    }
    driver
        .disburse("staff-b", planId, paymentId)
        .andExpect(jsonPath("$.payments[0].status").value("DISBURSED"));
  }

  @Test
  void theApprovedBatchGoesOutAsAZenginFile() throws Exception {
    String paymentId = driver.requestAndApprove(planId, agreementId);

    byte[] file =
        mvc.perform(
                get("/api/cases/payments/zengin")
                    .param("date", "2026-01-20")
                    .with(contractStaff("staff-a")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    List<String> records = new ArrayList<>();
    for (int i = 0; i < file.length; i += ZenginTransferFile.RECORD_BYTES + 2) {
      records.add(
          new String(file, i, ZenginTransferFile.RECORD_BYTES, ZenginTransferFile.SHIFT_JIS));
    }
    String code = Payments.customerCode(driverPayment(paymentId));
    assertThat(records)
        .filteredOn(r -> r.startsWith("2") && r.contains(code))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("7654321").contains("0007700000"));
    String trailer = records.get(records.size() - 2);
    long count = records.stream().filter(r -> r.startsWith("2")).count();
    assertThat(trailer).startsWith("8" + String.format("%06d", count));
    mvc.perform(get("/api/cases/payments/zengin").with(applicantOf(HOST)))
        .andExpect(status().isForbidden());
  }

  private nexus.contract.payment.domain.Payment driverPayment(String paymentId) {
    return nexus.contract.payment.domain.Payment.request(
        paymentId, agreementId, HOST, 1, "x", null, "", "");
  }
}
