package nexus.contract.payment.domain;

import java.time.Instant;

/**
 * The advance (概算払い) for one signed agreement: requested by one staff member, approved by a
 * different one (four eyes), then disbursed once. The payment id is the idempotency key the bank
 * sees, so a retried transfer can never pay twice.
 */
public class Payment {

  /** Where a payment stands. */
  public enum Status {
    REQUESTED,
    APPROVED,
    DISBURSED
  }

  private String paymentId;
  private String agreementId;
  private String institutionId;
  private long amountJpy;
  private Status status;
  private String requestedBy;
  private Instant requestedAt;
  private String approvedBy;
  private Instant approvedAt;
  private Instant disbursedAt;
  private String bankReference;
  private String encryptedAccount;
  private String maskedAccount;
  private int attempts;
  private String lastError;

  Payment() {}

  /** A new request; the account arrives already encrypted and masked. */
  public static Payment request(
      String paymentId,
      String agreementId,
      String institutionId,
      long amountJpy,
      String requestedBy,
      Instant at,
      String encryptedAccount,
      String maskedAccount) {
    if (amountJpy <= 0) {
      throw new PaymentRefusedException("payment.amount-positive");
    }
    Payment p = new Payment();
    p.paymentId = paymentId;
    p.agreementId = agreementId;
    p.institutionId = institutionId;
    p.amountJpy = amountJpy;
    p.status = Status.REQUESTED;
    p.requestedBy = requestedBy;
    p.requestedAt = at;
    p.encryptedAccount = encryptedAccount;
    p.maskedAccount = maskedAccount;
    return p;
  }

  /** Approval by someone other than the requester. */
  public void approve(String approver, Instant at) {
    if (status != Status.REQUESTED) {
      throw new PaymentRefusedException("payment.not-requested");
    }
    if (approver.equals(requestedBy)) {
      throw new PaymentRefusedException("payment.four-eyes");
    }
    status = Status.APPROVED;
    approvedBy = approver;
    approvedAt = at;
  }

  /** Whether the bank may be asked to transfer: approved and not yet paid. */
  public boolean awaitsDisbursement() {
    return status == Status.APPROVED;
  }

  /** The bank confirmed the transfer. */
  public void disbursed(String reference, Instant at) {
    if (status != Status.APPROVED) {
      throw new PaymentRefusedException("payment.not-approved");
    }
    status = Status.DISBURSED;
    bankReference = reference;
    disbursedAt = at;
    attempts++;
    lastError = null;
  }

  /** The bank failed; the payment stays approved and may be tried again. */
  public void failed(String error) {
    attempts++;
    lastError = error;
  }

  public String paymentId() {
    return paymentId;
  }

  public String agreementId() {
    return agreementId;
  }

  public String institutionId() {
    return institutionId;
  }

  public long amountJpy() {
    return amountJpy;
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public Instant disbursedAt() {
    return disbursedAt;
  }

  public String bankReference() {
    return bankReference;
  }

  public String encryptedAccount() {
    return encryptedAccount;
  }

  public String maskedAccount() {
    return maskedAccount;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }
}
