package nexus.contract.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

  static final Instant NOW = Instant.parse("2026-01-15T01:00:00Z");

  static Payment requestedBy(String staff) {
    return Payment.request(
        "pay-1", "agr-1", "INST-A", 7_700_000, staff, NOW, "enc", "0001-001 ****567");
  }

  @Test
  void theStaffMemberWhoRequestedCannotApprove() {
    Payment p = requestedBy("staff-1");

    assertThatThrownBy(() -> p.approve("staff-1", NOW))
        .isInstanceOf(PaymentRefusedException.class)
        .hasMessage("payment.four-eyes");
    assertThat(p.status()).isEqualTo(Payment.Status.REQUESTED);
  }

  @Test
  void aSecondStaffMemberApprovesAndTheBankDisbursesOnce() {
    Payment p = requestedBy("staff-1");
    p.approve("staff-2", NOW);
    p.disbursed("BANK-1", NOW);

    assertThat(p.status()).isEqualTo(Payment.Status.DISBURSED);
    assertThat(p.awaitsDisbursement()).isFalse();
    assertThatThrownBy(() -> p.disbursed("BANK-2", NOW)).hasMessage("payment.not-approved");
  }

  @Test
  void aFailedTransferLeavesThePaymentApprovedAndRetryable() {
    Payment p = requestedBy("staff-1");
    p.approve("staff-2", NOW);
    p.failed("bank unavailable");

    assertThat(p.awaitsDisbursement()).isTrue();
    assertThat(p.attempts()).isEqualTo(1);
    assertThat(p.lastError()).isEqualTo("bank unavailable");
  }

  @Test
  void anUnapprovedPaymentCannotBeDisbursed() {
    assertThatThrownBy(() -> requestedBy("staff-1").disbursed("X", NOW))
        .hasMessage("payment.not-approved");
  }
}
