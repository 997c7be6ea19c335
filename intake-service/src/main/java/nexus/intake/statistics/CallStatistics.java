package nexus.intake.statistics;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A call's submission statistics.
 *
 * @param callId the call
 * @param submitted submitted plans (current versions)
 * @param hours submissions per hour over the last days before the deadline, oldest first, hours in
 *     Japan time
 * @param byCountry plans per counterpart country (a plan with two countries counts for both)
 * @param byCourse plans per course
 * @param byField plans per field (null key: no field given)
 * @param byInstitutionType plans per institution type (null key: institution not registered)
 * @param missingDocuments submitted plans missing a required document (at most {@link
 *     SubmissionStatistics#MISSING_SHOWN})
 * @param missingDocumentsTotal how many submitted plans miss a required document
 */
public record CallStatistics(
    String callId,
    long submitted,
    List<Hour> hours,
    List<Count> byCountry,
    List<Count> byCourse,
    List<Count> byField,
    List<Count> byInstitutionType,
    List<PlanRow> missingDocuments,
    long missingDocumentsTotal) {

  /**
   * Submissions in one hour.
   *
   * @param start the hour's start, Japan time
   * @param count submissions
   */
  public record Hour(LocalDateTime start, long count) {}

  /**
   * How many plans have a value.
   *
   * @param key the value (a code, a field, a type constant; null: none)
   * @param count plans
   */
  public record Count(String key, long count) {}

  public boolean isEmpty() {
    return submitted == 0;
  }

  public long peak() {
    return hours.stream().mapToLong(Hour::count).max().orElse(0);
  }
}
