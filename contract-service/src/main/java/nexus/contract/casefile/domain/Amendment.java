package nexus.contract.casefile.domain;

import java.time.Instant;

/**
 * A change to the approved work plan the host asks for (budget moved between categories, schedule,
 * participants), never above the approved total; staff approve or reject it.
 */
public class Amendment {

  /** Where an amendment stands. */
  public enum Status {
    REQUESTED,
    APPROVED,
    REJECTED
  }

  private String id;
  private WorkPlanVersion proposal;
  private String reason;
  private Status status;
  private String decidedBy;
  private Instant decidedAt;
  private String comment;

  Amendment() {}

  Amendment(String id, WorkPlanVersion proposal, String reason) {
    this.id = id;
    this.proposal = proposal;
    this.reason = reason;
    this.status = Status.REQUESTED;
  }

  WorkPlanVersion decide(boolean approve, Actor staff, Instant at, String comment) {
    if (status != Status.REQUESTED) {
      throw new CaseRefusedException("amendment.decided");
    }
    status = approve ? Status.APPROVED : Status.REJECTED;
    decidedBy = staff.name();
    decidedAt = at;
    this.comment = comment;
    return proposal.decided(status.name(), staff, at, comment == null ? reason : comment);
  }

  /** Passes the proposal's participant entries through {@code change} (erasure). */
  void changeParticipants(java.util.function.UnaryOperator<String> change) {
    proposal = proposal.withParticipants(change);
  }

  public String id() {
    return id;
  }

  public WorkPlanVersion proposal() {
    return proposal;
  }

  public String reason() {
    return reason;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String comment() {
    return comment;
  }
}
