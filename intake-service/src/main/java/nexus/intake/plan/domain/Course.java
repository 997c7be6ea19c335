package nexus.intake.plan.domain;

/** The two courses of the Y-tec call. */
public enum Course {
  /** 若手人材交流コース: up to 15 participants, base budget JPY 7,000,000. */
  YOUNG_TALENT,
  /** 指導人材交流コース: in principle up to 2 participants, base budget JPY 3,000,000. */
  MENTOR
}
