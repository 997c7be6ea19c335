package nexus.contract.casefile.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.events.PlanAwarded;
import nexus.events.PlanSnapshot;

/**
 * What a contract case starts from, read from the award: the funded institutions with their amounts
 * (the host with the whole award when the event names none), and the work plan pre-filled from the
 * awarded plan's snapshot.
 */
public record CaseOpening(
    String planId,
    String callId,
    String title,
    String course,
    String hostInstitutionId,
    long approvedAmountJpy,
    Instant awardedAt,
    List<String> conditions,
    List<Funded> institutions,
    Budget budget,
    LocalDate start,
    LocalDate end,
    List<String> participants) {

  /** A funded institution and its approved amount. */
  public record Funded(String institutionId, String name, String role, long amountJpy) {}

  /** The opening of an award as review published it. */
  public static CaseOpening of(PlanAwarded a) {
    List<Funded> funded = new ArrayList<>();
    a.institutionAwards()
        .forEach(
            i ->
                funded.add(
                    new Funded(i.institutionId(), i.institutionName(), i.role(), i.amountJpy())));
    if (funded.isEmpty()) {
      funded.add(new Funded(a.institutionId(), null, "HOST", a.awardedAmountJpy()));
    }
    long approved = funded.stream().mapToLong(Funded::amountJpy).sum();
    PlanSnapshot s = a.snapshot();
    Budget budget = s == null ? new Budget(0, 0, 0, 0, 0) : budgetOf(s);
    List<String> people =
        s == null
            ? List.of()
            : s.participants().stream().map(p -> p.name() + " (" + p.role() + ")").toList();
    return new CaseOpening(
        a.planId(),
        a.callId(),
        a.title(),
        a.course(),
        a.institutionId(),
        approved,
        a.awardedAt(),
        a.conditions(),
        funded,
        budget,
        s == null ? null : s.exchangeStart(),
        s == null ? null : s.exchangeEnd(),
        people);
  }

  private static Budget budgetOf(PlanSnapshot s) {
    long[] byCategory = new long[4];
    for (PlanSnapshot.BudgetItem item : s.budgetItems()) {
      int i =
          switch (item.category() == null ? "" : item.category()) {
            case "SUPPLIES", "I" -> 0;
            case "HONORARIA", "II" -> 1;
            case "TRAVEL", "III" -> 2;
            default -> 3;
          };
      byCategory[i] = Math.addExact(byCategory[i], item.amountJpy());
    }
    return new Budget(byCategory[0], byCategory[1], byCategory[2], byCategory[3], s.indirectJpy());
  }
}
