package nexus.review.scoring;

import java.time.LocalDate;
import java.util.List;
import nexus.events.PlanSnapshot;
import nexus.review.reviewcase.ReviewCaseDocument;

/**
 * A plan as its reviewer sees it: what scoring needs, with participants' personal data minimised
 * (category, role, affiliation and days of stay; no names, no birth dates).
 */
public record PortalPlan(
    String planId,
    String callId,
    String course,
    String title,
    String hostInstitution,
    List<String> countries,
    String field,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<PlanSnapshot.Counterpart> counterparts,
    List<PlanSnapshot.Partner> partners,
    List<Participant> participants,
    List<PlanSnapshot.OnlineSession> onlineSessions,
    List<PlanSnapshot.BudgetItem> budgetItems,
    long requestedAmountJpy,
    String expectedOutcomes,
    String followUpPlan,
    List<PlanSnapshot.Document> documents) {

  /** A participant without personal identifiers. */
  public record Participant(
      String category, String role, String affiliation, List<PlanSnapshot.Visit> visits) {}

  static PortalPlan of(ReviewCaseDocument c) {
    PlanSnapshot s = c.snapshot;
    if (s == null) {
      s =
          new PlanSnapshot(
              null, null, null, null, null, null, null, null, 0, 0, null, null, null, null, null);
    }
    return new PortalPlan(
        c.planId,
        c.callId,
        c.course,
        c.title,
        c.institutionName,
        List.copyOf(c.counterpartCountries),
        s.field(),
        s.exchangeStart(),
        s.exchangeEnd(),
        s.counterparts(),
        s.partners(),
        s.participants().stream()
            .map(p -> new Participant(p.category(), p.role(), p.affiliation(), p.visits()))
            .toList(),
        s.onlineSessions(),
        s.budgetItems(),
        c.requestedAmountJpy,
        s.expectedOutcomes(),
        s.followUpPlan(),
        s.documents());
  }
}
