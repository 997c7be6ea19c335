package nexus.intake.plan.domain;

/** Where a plan is in intake. */
public enum PlanStatus {
  DRAFT,
  SUBMITTED,
  /** Withdrawn by the applicant; may be edited and submitted again as a new version. */
  WITHDRAWN;

  /** Drafts and withdrawn plans may change; a submitted plan is frozen. */
  public boolean editable() {
    return this == DRAFT || this == WITHDRAWN;
  }
}
