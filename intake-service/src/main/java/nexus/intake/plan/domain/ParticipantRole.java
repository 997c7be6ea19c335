package nexus.intake.plan.domain;

/** A participant (参加者) or a chaperone (引率者, young talent course only). */
public enum ParticipantRole {
  PARTICIPANT,
  CHAPERONE
}
