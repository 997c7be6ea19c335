package nexus.review.screening.domain;

/** The kinds of plan the call excludes, as the screening checklist lists them. */
public enum IneligibleKind {
  /** Not a science and technology exchange, e.g. language training. */
  NOT_SCIENCE_EXCHANGE,
  /** For profit. */
  FOR_PROFIT,
  /**
   * Training for the institution's own affiliates or subsidiaries, or for students of its own
   * overseas campus or local subsidiary, or the reverse.
   */
  OWN_AFFILIATES,
  /** Involves a country that is not eligible (not an ASEAN member of the call). */
  NON_ELIGIBLE_COUNTRY
}
