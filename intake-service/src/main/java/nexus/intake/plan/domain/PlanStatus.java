package nexus.intake.plan.domain;

/** Where a plan is in intake. */
public enum PlanStatus {
  DRAFT,
  SUBMITTED
}
