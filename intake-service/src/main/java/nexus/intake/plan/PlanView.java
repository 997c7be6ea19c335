package nexus.intake.plan;

import java.time.Instant;
import java.util.List;
import nexus.intake.plan.domain.Plan;

/**
 * A plan as its institution and staff see it (never the stored document).
 *
 * @param id plan id
 * @param callId call id
 * @param course course
 * @param title title
 * @param counterpartCountries counterpart countries
 * @param requestedAmountJpy requested amount in yen
 * @param status status
 * @param submittedAt submission instant, null for drafts
 * @param submissionVersion number of the last submitted version (0: never submitted)
 * @param receiptNumber receipt number (受付番号), from the first submission on
 */
public record PlanView(
    String id,
    String callId,
    String course,
    String title,
    List<String> counterpartCountries,
    long requestedAmountJpy,
    String status,
    Instant submittedAt,
    int submissionVersion,
    String receiptNumber) {

  static PlanView of(Plan plan) {
    return new PlanView(
        plan.id(),
        plan.callId(),
        plan.course().name(),
        plan.title(),
        plan.counterpartCountries(),
        plan.requestedAmountJpy(),
        plan.status().name(),
        plan.submittedAt(),
        plan.submissionVersion(),
        plan.receiptNumber());
  }
}
