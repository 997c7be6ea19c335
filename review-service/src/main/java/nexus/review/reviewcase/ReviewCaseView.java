package nexus.review.reviewcase;

import java.time.Instant;
import java.util.List;
import nexus.events.PlanSnapshot;

/** A review case as staff see it (never the stored document itself). */
public record ReviewCaseView(
    String planId,
    String callId,
    String institutionName,
    String course,
    String title,
    List<String> counterpartCountries,
    long requestedAmountJpy,
    Instant submittedAt,
    String status,
    boolean reviewable,
    ReviewCaseDocument.Screening screening,
    ReviewCaseDocument.ExportCheck exportControl,
    ReviewCaseDocument.DocumentsRequest documentsRequest,
    List<String> reviewers,
    List<String> pinnedReviewers,
    ReviewCaseDocument.Decision decision,
    PlanSnapshot snapshot) {

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
        d.status,
        CaseStatus.reviewable(d),
        d.screening,
        d.exportControl,
        d.documentsRequest,
        List.copyOf(d.reviewers),
        List.copyOf(d.pinnedReviewers),
        d.decision,
        d.snapshot);
  }
}
