package nexus.intake.institution.domain;

/** What a member does for the institution. */
public enum MemberRole {
  /** Principal investigator (実施主担当者): drafts and submits plans. */
  PI,
  /** Institution staff: also manages the institution's members and invitations. */
  STAFF
}
