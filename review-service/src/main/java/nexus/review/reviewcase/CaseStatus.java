package nexus.review.reviewcase;

/** Where a review case stands. */
public final class CaseStatus {
  /** Submitted, not screened yet. */
  public static final String RECEIVED = "RECEIVED";

  /** Screened eligible: goes to reviewers once export control lets it. */
  public static final String ELIGIBLE = "ELIGIBLE";

  /** Screened ineligible, with reasons. */
  public static final String INELIGIBLE = "INELIGIBLE";

  /** Withdrawn by the applicant: out of review and ranking. */
  public static final String WITHDRAWN = "WITHDRAWN";

  /** Awarded (final). */
  public static final String AWARDED = "AWARDED";

  /** Not selected (final). */
  public static final String NOT_SELECTED = "NOT_SELECTED";

  /** Export control: no institution of the plan is on the end user list. */
  public static final String EXPORT_CLEAR = "CLEAR";

  /** Export control: a hit blocks the case until staff decide. */
  public static final String EXPORT_HIT = "HIT";

  /** Export control: staff looked at the hit and cleared the case. */
  public static final String EXPORT_CLEARED = "CLEARED";

  /** Export control: staff confirmed the hit; the case is excluded. */
  public static final String EXPORT_CONFIRMED = "CONFIRMED";

  private CaseStatus() {}

  /**
   * Whether a case may go to reviewers and into ranking: eligible, not blocked by export control,
   * not paused for documents.
   */
  public static boolean reviewable(ReviewCaseDocument c) {
    boolean exportOk =
        c.exportControl == null
            || EXPORT_CLEAR.equals(c.exportControl.status())
            || EXPORT_CLEARED.equals(c.exportControl.status());
    boolean notPaused = c.documentsRequest == null || c.documentsRequest.suppliedAt() != null;
    return ELIGIBLE.equals(c.status) && exportOk && notPaused;
  }
}
