package nexus.events;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a submitted version of a plan says, as the applicant drafted it: what review screens,
 * contract turns into conditions, and reporting checks against. Codes are the call's (course,
 * categories, budget categories I–IV as SUPPLIES, HONORARIA, TRAVEL, OTHER).
 *
 * @param field research field
 * @param exchangeStart first day of the exchange
 * @param exchangeEnd last day of the exchange
 * @param counterparts ASEAN counterpart institutions
 * @param partners Japanese partner institutions
 * @param participants the people, with their visits
 * @param onlineSessions online exchanges
 * @param budgetItems direct costs
 * @param directJpy sum of the direct costs
 * @param indirectJpy indirect costs
 * @param overrunReason why the request exceeds the base amount, if it does
 * @param expectedOutcomes expected outcomes
 * @param followUpPlan follow-up and network plan
 * @param twinPlan relation to the same PI's plan in the other course
 * @param documents the documents submitted with this version
 */
public record PlanSnapshot(
    String field,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<Counterpart> counterparts,
    List<Partner> partners,
    List<Person> participants,
    List<OnlineSession> onlineSessions,
    List<BudgetItem> budgetItems,
    long directJpy,
    long indirectJpy,
    String overrunReason,
    String expectedOutcomes,
    String followUpPlan,
    String twinPlan,
    List<Document> documents) {

  /** Defensive copies keep the snapshot immutable. */
  public PlanSnapshot {
    counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    partners = partners == null ? List.of() : List.copyOf(partners);
    participants = participants == null ? List.of() : List.copyOf(participants);
    onlineSessions = onlineSessions == null ? List.of() : List.copyOf(onlineSessions);
    budgetItems = budgetItems == null ? List.of() : List.copyOf(budgetItems);
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** An ASEAN counterpart institution and its country (ISO 3166 alpha-2). */
  public record Counterpart(String institution, String country) {}

  /** A Japanese partner institution; funded ones sign their own agreement. */
  public record Partner(String name, boolean funded) {}

  /** A participant (role PARTICIPANT) or chaperone (CHAPERONE) with their visits. */
  public record Person(
      String name,
      LocalDate birthDate,
      String category,
      String role,
      String affiliation,
      List<Visit> visits) {
    public Person {
      visits = visits == null ? List.of() : List.copyOf(visits);
    }
  }

  /** A stay, both days included; direction INVITATION (to Japan) or DISPATCH. */
  public record Visit(LocalDate start, LocalDate end, String direction, String place) {}

  /** An online session. */
  public record OnlineSession(LocalDate date, String topic, Integer hours) {}

  /** A budget line. */
  public record BudgetItem(String category, String description, long amountJpy) {}

  /** A submitted document: kind, stored name, SHA-256 of the content, bytes. */
  public record Document(String kind, String fileName, String sha256, long size) {}
}
