package nexus.review.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nexus.events.PlanSnapshot;
import nexus.events.PlanSubmitted;

/** Submitted plans as intake sends them, with a snapshot. */
public final class ReviewFixtures {

  private ReviewFixtures() {}

  public static final String CALL = "ytec-2025";

  /** A young-talent plan of a host with one counterpart and one funded partner. */
  public static PlanSubmitted plan(String host, String counterpart, String country) {
    return plan(CALL, host, "Osaka Partner Lab", counterpart, country, "Semiconductors");
  }

  public static PlanSubmitted plan(
      String callId,
      String host,
      String partner,
      String counterpart,
      String country,
      String field) {
    PlanSnapshot snapshot =
        new PlanSnapshot(
            field,
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 11, 30),
            List.of(new PlanSnapshot.Counterpart(counterpart, country)),
            List.of(new PlanSnapshot.Partner(partner, true)),
            List.of(
                new PlanSnapshot.Person(
                    "Somchai Jaidee",
                    LocalDate.of(2000, 5, 1),
                    "GRADUATE",
                    "PARTICIPANT",
                    counterpart,
                    List.of(
                        new PlanSnapshot.Visit(
                            LocalDate.of(2026, 3, 1),
                            LocalDate.of(2026, 3, 30),
                            "INVITATION",
                            "Tokyo")))),
            List.of(),
            List.of(new PlanSnapshot.BudgetItem("TRAVEL", "flights", 5_000_000L)),
            5_000_000L,
            500_000L,
            null,
            "joint papers",
            "network",
            null,
            List.of(new PlanSnapshot.Document("PLAN", "plan.pdf", "abc", 1234L)));
    return new PlanSubmitted(
        "P-" + UUID.randomUUID(),
        callId,
        "INST-" + host.hashCode(),
        host,
        "YOUNG_TALENT",
        "Exchange with " + counterpart,
        List.of(country),
        5_500_000L,
        Instant.now(),
        1,
        snapshot);
  }
}
