package nexus.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nexus.reporting.obligation.domain.Duty;

/**
 * A plan's reporting obligation as staff and the plan's institutions see it.
 *
 * @param planId plan id
 * @param callId call id
 * @param title plan title
 * @param course course code
 * @param hostInstitutionId host institution
 * @param hostInstitutionName host institution name
 * @param exchangeStart first day of the exchange
 * @param exchangeEnd last day of the exchange
 * @param institutionIds institutions that signed an agreement for the plan
 * @param firstSignedAt when the first agreement was signed
 * @param status OPEN or COMPLETED
 * @param duties what each institution owes, by when, and where it stands (null when not asked)
 * @param overdue whether any duty is overdue now
 * @param participants how many people the confirmed list names (0 before it is submitted)
 * @param completedAt when the exchange was completed
 */
public record ObligationView(
    String planId,
    String callId,
    String title,
    String course,
    String hostInstitutionId,
    String hostInstitutionName,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<String> institutionIds,
    Instant firstSignedAt,
    String status,
    List<DutyView> duties,
    boolean overdue,
    int participants,
    Instant completedAt) {

  /** One duty and whether it is overdue. */
  public record DutyView(
      String kind, String institutionId, Instant dueAt, String state, boolean overdue) {}

  static ObligationView of(ObligationDocument d, List<Duty> duties, Instant now) {
    List<DutyView> dutyViews =
        duties == null
            ? null
            : duties.stream()
                .map(
                    u ->
                        new DutyView(
                            u.kind().name(),
                            u.institutionId(),
                            u.dueAt(),
                            u.state(),
                            u.overdue(now)))
                .toList();
    return new ObligationView(
        d.planId,
        d.callId,
        d.title,
        d.course,
        d.hostInstitutionId,
        d.hostInstitutionName,
        d.exchangeStart,
        d.exchangeEnd,
        d.institutionIds == null ? List.of() : List.copyOf(d.institutionIds),
        d.firstSignedAt,
        d.status,
        dutyViews,
        dutyViews != null && dutyViews.stream().anyMatch(DutyView::overdue),
        d.participantList == null ? 0 : d.participantList.participants().size(),
        d.completedAt);
  }
}
