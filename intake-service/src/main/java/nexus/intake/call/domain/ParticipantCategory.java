package nexus.intake.call.domain;

/** Who may take part, as the call lists them (公募要領 1.(5)). */
public enum ParticipantCategory {
  HIGH_SCHOOL_STUDENT,
  TECHNICAL_COLLEGE_STUDENT,
  UNDERGRADUATE,
  GRADUATE_STUDENT,
  POSTDOC,
  FACULTY,
  PUBLIC_BODY_STAFF,
  COMPANY_RESEARCHER
}
