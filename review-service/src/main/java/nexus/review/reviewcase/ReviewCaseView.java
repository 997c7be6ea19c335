package nexus.review.reviewcase;

import java.time.Instant;
import java.util.List;

/**
 * A review case as review staff see it.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionName host institution
 * @param course course
 * @param title plan title
 * @param counterpartCountries counterpart countries
 * @param requestedAmountJpy requested yen
 * @param submittedAt when intake received the plan
 * @param status review status
 */
public record ReviewCaseView(
    String planId,
    String callId,
    String institutionName,
    String course,
    String title,
    List<String> counterpartCountries,
    long requestedAmountJpy,
    Instant submittedAt,
    String status) {

  static ReviewCaseView of(ReviewCaseDocument d) {
    return new ReviewCaseView(
        d.planId,
        d.callId,
        d.institutionName,
        d.course,
        d.title,
        List.copyOf(d.counterpartCountries),
        d.requestedAmountJpy,
        d.submittedAt,
        d.status);
  }
}
