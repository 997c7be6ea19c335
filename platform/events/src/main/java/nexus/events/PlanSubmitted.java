package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * A host institution submitted an exchange plan to a call.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param institutionName host institution name
 * @param course course code
 * @param title plan title
 * @param counterpartCountries ISO 3166 alpha-2 codes of the counterpart countries
 * @param requestedAmountJpy requested JST support in yen
 * @param submittedAt submission instant
 * @param submissionVersion 1 for the first submission, n for the n-th after withdrawals (added in
 *     v1 without breaking readers: null in events recorded before it existed)
 * @param snapshot everything the submitted version says (added in v1 without breaking readers: null
 *     in events recorded before it existed)
 * @param institutionType the registered host institution's type (the constant name of intake's
 *     institution type, e.g. {@code NATIONAL_UNIVERSITY}); null when the institution is not
 *     registered (added in v1 without breaking readers: null in events recorded before it existed)
 */
@EventType(name = "plan.submitted", version = 1)
public record PlanSubmitted(
    String planId,
    String callId,
    String institutionId,
    String institutionName,
    String course,
    String title,
    List<String> counterpartCountries,
    long requestedAmountJpy,
    Instant submittedAt,
    Integer submissionVersion,
    PlanSnapshot snapshot,
    String institutionType)
    implements PlanEvent {
  /** A submission as recorded before the institution type was carried. */
  public PlanSubmitted(
      String planId,
      String callId,
      String institutionId,
      String institutionName,
      String course,
      String title,
      List<String> counterpartCountries,
      long requestedAmountJpy,
      Instant submittedAt,
      Integer submissionVersion,
      PlanSnapshot snapshot) {
    this(
        planId,
        callId,
        institutionId,
        institutionName,
        course,
        title,
        counterpartCountries,
        requestedAmountJpy,
        submittedAt,
        submissionVersion,
        snapshot,
        null);
  }

  /** A submission as recorded before the snapshot was carried. */
  public PlanSubmitted(
      String planId,
      String callId,
      String institutionId,
      String institutionName,
      String course,
      String title,
      List<String> counterpartCountries,
      long requestedAmountJpy,
      Instant submittedAt,
      Integer submissionVersion) {
    this(
        planId,
        callId,
        institutionId,
        institutionName,
        course,
        title,
        counterpartCountries,
        requestedAmountJpy,
        submittedAt,
        submissionVersion,
        null,
        null);
  }

  /** Defensive copies keep the event immutable. */
  public PlanSubmitted {
    counterpartCountries =
        counterpartCountries == null ? List.of() : List.copyOf(counterpartCountries);
  }
}
