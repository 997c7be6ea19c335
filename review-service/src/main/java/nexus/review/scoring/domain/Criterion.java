package nexus.review.scoring.domain;

/** The published selection criteria; each is scored on the scale 1–5. */
public enum Criterion {
  /** I team: excellent people given country and field. */
  I,
  /** II-1 validity. */
  II_1,
  /** II-2 effectiveness. */
  II_2,
  /** II-3 outcomes and continuity. */
  II_3,
  /** III-1 builds on earlier exchanges. */
  III_1,
  /** III-2 host support. */
  III_2,
  /** IV costs. */
  IV;

  public static final int MIN = 1;
  public static final int MAX = 5;
}
