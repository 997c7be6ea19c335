package nexus.intake.plan.domain;

/** Invitation (招へい, ASEAN to Japan) or dispatch (派遣, Japan to ASEAN). */
public enum Direction {
  INVITATION,
  DISPATCH
}
