package nexus.intake.plan.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
 * @param onlineSessions online exchanges besides the visits (オンライン交流)
 * @param expectedOutcomes what the exchange is expected to achieve (期待される成果)
 * @param followUpPlan how the exchange is followed up and the network kept (継続・ネットワーク計画)
 * @param twinPlan how the plan relates to the same PI's plan in the other course, if any
 */
public record PlanContent(
    @Size(max = 40, message = "{input.text.size}") String course,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    @Size(max = 20, message = "{input.list.size}") List<@Valid Counterpart> counterparts,
    @Size(max = 10, message = "{input.list.size}") List<@Valid PartnerInstitution> partners,
    @Size(max = 50, message = "{input.list.size}") List<@Valid Participant> participants,
    @Size(max = 200, message = "{input.list.size}") List<@Valid BudgetItem> budgetItems,
    @PositiveOrZero(message = "{input.amount.negative}") long indirectJpy,
    @Size(max = 4000, message = "{input.text.size}") String overrunReason,
    @Size(max = 50, message = "{input.list.size}") List<@Valid OnlineSession> onlineSessions,
    @Size(max = 8000, message = "{input.text.size}") String expectedOutcomes,
    @Size(max = 8000, message = "{input.text.size}") String followUpPlan,
    @Size(max = 4000, message = "{input.text.size}") String twinPlan) {

  public PlanContent {
    onlineSessions = onlineSessions == null ? List.of() : List.copyOf(onlineSessions);
    counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    partners = partners == null ? List.of() : List.copyOf(partners);
    participants = participants == null ? List.of() : List.copyOf(participants);
    budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
  }

  /** What the rules look at, the narrative parts left empty. */
  public PlanContent(
      String course,
      LocalDate exchangeStart,
      LocalDate exchangeEnd,
      List<Counterpart> counterparts,
      List<PartnerInstitution> partners,
      List<Participant> participants,
      List<BudgetItem> budgetItems,
      long indirectJpy,
      String overrunReason) {
    this(
        course,
        exchangeStart,
        exchangeEnd,
        counterparts,
        partners,
        participants,
        budgetItems,
        indirectJpy,
        overrunReason,
        List.of(),
        null,
        null,
        null);
  }

  /** The same content in another course (a draft's course is the plan's). */
  public PlanContent inCourse(String courseCode) {
    return new PlanContent(
        courseCode,
        exchangeStart,
        exchangeEnd,
        counterparts,
        partners,
        participants,
        budgetItems,
        indirectJpy,
        overrunReason,
        onlineSessions,
        expectedOutcomes,
        followUpPlan,
        twinPlan);
  }

  /** The same content with other participants (erasure anonymises some in place). */
  public PlanContent withParticipants(List<Participant> people) {
    return new PlanContent(
        course,
        exchangeStart,
        exchangeEnd,
        counterparts,
        partners,
        people,
        budgetItems,
        indirectJpy,
        overrunReason,
        onlineSessions,
        expectedOutcomes,
        followUpPlan,
        twinPlan);
  }

  public long directJpy() {
    return budgetItems.stream().mapToLong(BudgetItem::amountJpy).sum();
  }

  /** The JST support requested: direct plus indirect costs. */
  public long requestedJpy() {
    return directJpy() + indirectJpy;
  }
}
