package nexus.contract.casefile.domain;

import java.time.Instant;
import nexus.contract.settlement.domain.SettlementCalculation;

/**
 * The settlement (精算) of one institution's advance: the calculation from its accounting report, the
 * refund notice, and, where money is to come back, the staff confirmation that it has.
 */
public class Settlement {

  /** Where a settlement stands. */
  public enum Status {
    REFUND_PENDING,
    COMPLETED
  }

  private String institutionId;
  private String reportId;
  private SettlementCalculation calculation;
  private Status status;
  private Instant calculatedAt;
  private byte[] refundNotice;
  private String confirmedBy;
  private Instant completedAt;

  Settlement() {}

  Settlement(String institutionId, String reportId, SettlementCalculation calculation, Instant at) {
    this.institutionId = institutionId;
    this.reportId = reportId;
    this.calculation = calculation;
    this.calculatedAt = at;
    this.status = calculation.refundJpy() > 0 ? Status.REFUND_PENDING : Status.COMPLETED;
    this.completedAt = status == Status.COMPLETED ? at : null;
  }

  void attachNotice(byte[] pdf) {
    refundNotice = pdf.clone();
  }

  void confirmRefund(Actor staff, Instant at) {
    if (status != Status.REFUND_PENDING) {
      throw new CaseRefusedException("settlement.not-pending");
    }
    status = Status.COMPLETED;
    confirmedBy = staff.name();
    completedAt = at;
  }

  public String institutionId() {
    return institutionId;
  }

  public String reportId() {
    return reportId;
  }

  public SettlementCalculation calculation() {
    return calculation;
  }

  public Status status() {
    return status;
  }

  public Instant calculatedAt() {
    return calculatedAt;
  }

  public byte[] refundNotice() {
    return refundNotice == null ? null : refundNotice.clone();
  }

  public String confirmedBy() {
    return confirmedBy;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
