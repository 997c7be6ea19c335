package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * An institution submitted its accounting report (and reporting staff accepted it for settlement).
 *
 * @param planId plan id
 * @param reportId report id
 * @param institutionId reporting institution id
 * @param spentAmountJpy spent amount in yen, direct and indirect as claimed
 * @param submittedAt submission instant
 * @param items actual spend per line: budget category I–IV, description, yen (empty in events
 *     recorded before lines were carried)
 * @param indirectJpy indirect costs claimed, in yen (null in events recorded before it was carried)
 */
@EventType(name = "accounting-report.submitted", version = 1)
public record AccountingReportSubmitted(
    String planId,
    String reportId,
    String institutionId,
    long spentAmountJpy,
    Instant submittedAt,
    List<SpendItem> items,
    Long indirectJpy)
    implements PlanEvent {

  /** A report as recorded before lines and indirect costs were carried. */
  public AccountingReportSubmitted(
      String planId,
      String reportId,
      String institutionId,
      long spentAmountJpy,
      Instant submittedAt) {
    this(planId, reportId, institutionId, spentAmountJpy, submittedAt, List.of(), null);
  }

  /** Defensive copies keep the event immutable. */
  public AccountingReportSubmitted {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * One line of actual direct spend.
   *
   * @param category budget category I, II, III or IV
   * @param description what was bought or paid
   * @param amountJpy yen
   */
  public record SpendItem(String category, String description, long amountJpy) {}
}
