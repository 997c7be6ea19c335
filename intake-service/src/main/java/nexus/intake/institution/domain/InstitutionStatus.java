package nexus.intake.institution.domain;

/** An institution acts only once its contact e-mail has been verified. */
public enum InstitutionStatus {
  PENDING,
  ACTIVE
}
