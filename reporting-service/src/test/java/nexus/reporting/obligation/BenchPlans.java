package nexus.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nexus.events.PlanSnapshot.Counterpart;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.SafetyChecklist;
import nexus.reporting.obligation.domain.Visit;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Completed plans written straight to the store, for benchmarks (setup, not measured). */
public final class BenchPlans {

  static final String[] COUNTRIES = {"TH", "VN", "ID", "MY", "PH", "SG", "KH", "LA", "MM", "BN"};
  static final String[] FIELDS = {"AI", "Green technology", "Materials", "Biotech", "Water"};

  private BenchPlans() {}

  /** {@code plans} completed plans (exchange ended in 2026) with {@code people} participants. */
  public static void insertCompleted(MongoTemplate mongo, String prefix, int plans, int people) {
    List<ObligationDocument> batch = new ArrayList<>(1000);
    for (int i = 0; i < plans; i++) {
      batch.add(plan(prefix + i, i, people));
      if (batch.size() == 1000) {
        mongo.insert(batch, ObligationDocument.class);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      mongo.insert(batch, ObligationDocument.class);
    }
  }

  /** The participants of the i-th bench plan. */
  public static List<ConfirmedParticipant> participants(String planId, int i, int people) {
    List<ConfirmedParticipant> list = new ArrayList<>(people);
    for (int p = 0; p < people; p++) {
      String direction = p % 3 == 0 ? "DISPATCH" : "INVITATION";
      list.add(
          new ConfirmedParticipant(
              planId + "-p" + p,
              "Person " + p + " of " + planId,
              LocalDate.of(1995, 1, 1),
              "GRADUATE_STUDENT",
              "PARTICIPANT",
              "Univ",
              COUNTRIES[(i + p) % COUNTRIES.length],
              "p" + p + "." + planId + "@bench.example",
              List.of(
                  new Visit(
                      LocalDate.of(2026, 3, 1),
                      LocalDate.of(2026, 3, 1 + p % 20),
                      direction,
                      null)),
              new SafetyChecklist(true, "+1", true)));
    }
    return list;
  }

  public static String field(int i) {
    return FIELDS[i % FIELDS.length];
  }

  private static ObligationDocument plan(String planId, int i, int people) {
    ObligationDocument d = new ObligationDocument();
    d.planId = planId;
    d.callId = "ytec-2025";
    d.title = "Bench plan " + i;
    d.course = i % 4 == 0 ? "MENTOR" : "YOUNG_TALENT";
    d.field = field(i);
    d.hostInstitutionId = "INST-B" + (i % 500);
    d.exchangeStart = LocalDate.of(2026, 2, 1);
    d.exchangeEnd = LocalDate.of(2026, 11, 30);
    d.counterparts = List.of(new Counterpart("Univ", COUNTRIES[i % COUNTRIES.length]));
    d.institutionIds = new ArrayList<>(List.of(d.hostInstitutionId));
    d.firstSignedAt = Instant.parse("2026-01-15T00:00:00Z");
    d.status = Obligations.COMPLETED;
    d.completedAt = Instant.parse("2027-03-01T00:00:00Z");
    d.participantList =
        new ObligationDocument.ParticipantList(
            participants(planId, i, people), Instant.parse("2026-02-20T00:00:00Z"), "bench");
    return d;
  }
}
