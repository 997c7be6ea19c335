package nexus.intake.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says, as far as the call's rules look at it.
 *
 * @param course course code
 * @param exchangeStart first day of the exchange
 * @param exchangeEnd last day of the exchange
 * @param counterparts ASEAN counterpart institutions
 * @param partners Japanese partner institutions
 * @param participants people invited or dispatched
 * @param budgetItems direct costs
 * @param indirectJpy indirect costs (一般管理費)
 * @param overrunReason why the request exceeds the base amount (基本額を超過する理由)
 */
public record PlanContent(
    String course,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<Counterpart> counterparts,
    List<PartnerInstitution> partners,
    List<Participant> participants,
    List<BudgetItem> budgetItems,
    long indirectJpy,
    String overrunReason) {

  public PlanContent {
    counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    partners = partners == null ? List.of() : List.copyOf(partners);
    participants = participants == null ? List.of() : List.copyOf(participants);
    budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
  }

  public long directJpy() {
    return budgetItems.stream().mapToLong(BudgetItem::amountJpy).sum();
  }

  /** The JST support requested: direct plus indirect costs. */
  public long requestedJpy() {
    return directJpy() + indirectJpy;
  }
}
