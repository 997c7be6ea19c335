package nexus.web.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nexus.events.AlumniErased;
import nexus.events.ParticipantRecord;
import nexus.web.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An erasure is applied only when some copy names the person: one the participant list recognises
 * but no copy names stays pending, is reported to the audit trail once, and is applied when a copy
 * naming the person arrives; two erasures of one plan are judged each on its own.
 */
class ErasuresTest {

  private static MongoServer server;
  private static MongoClient client;

  private final List<AuditTrail.Entry> audit = new ArrayList<>();
  private final Copies copies = new Copies();
  private Erasures erasures;

  @BeforeAll
  static void mongo() {
    server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.shutdown();
  }

  @BeforeEach
  void erasures() {
    MongoTemplate mongo = new MongoTemplate(client, "erasures-" + System.nanoTime());
    erasures =
        new Erasures(
            mongo,
            List.of(copies),
            audit::add,
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void anErasureThatMatchesNobodyStaysPendingIsReportedOnceAndAppliesWhenACopyNamesThePerson() {
    erasures.listed("P-1", List.of(person("pt-1", "Somchai Jaidee")));
    erasures.erased(erasure("P-1", "pt-1"));
    erasures.reapply("P-1");

    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(Erasures.UNMATCHED);
              assertThat(e.subject()).isEqualTo("P-1");
              assertThat(e.outcome()).isEqualTo("NOT_FOUND");
              assertThat(e.detail()).contains("pt-1").doesNotContain("Somchai");
            });

    copies.names("P-1", "JAIDEE Somchai");
    erasures.reapply("P-1");
    erasures.reapply("P-1");

    assertThat(copies.anonymised).containsExactly("JAIDEE Somchai");
    assertThat(audit)
        .extracting(AuditTrail.Entry::action)
        .containsExactly(Erasures.UNMATCHED, "participant.erased");
  }

  @Test
  void twoErasuresOfOnePlanAreAppliedEachWhenItsPersonIsFound() {
    copies.names("P-2", "Nguyen Van An");
    erasures.listed("P-2", List.of(person("pt-a", "Nguyen Van An"), person("pt-b", "Tran Binh")));
    erasures.erased(erasure("P-2", "pt-a"));
    erasures.erased(erasure("P-2", "pt-b"));

    assertThat(audit)
        .extracting(AuditTrail.Entry::action, AuditTrail.Entry::detail)
        .satisfiesExactlyInAnyOrder(
            t -> assertThat(t.toList()).containsExactly("participant.erased", detail("pt-a", 1)),
            t -> assertThat(t.toList().get(0)).isEqualTo(Erasures.UNMATCHED));
  }

  private static String detail(String participantId, int people) {
    return "participant %s of alumnus alum-%s: %d people anonymised"
        .formatted(participantId, participantId, people);
  }

  private static ParticipantRecord person(String id, String name) {
    return new ParticipantRecord(
        id, name, null, "TH", "CU", "GRADUATE", "PARTICIPANT", "INVITATION");
  }

  private static AlumniErased erasure(String planId, String participantId) {
    return new AlumniErased(
        "alum-" + participantId,
        List.of(new AlumniErased.PlanParticipant(planId, participantId)),
        Instant.parse("2026-11-30T00:00:00Z"));
  }

  /** A service's copies of plans: the names each plan's copy holds, anonymised on request. */
  private static final class Copies implements ErasableCopies {

    final Map<String, List<String>> byPlan = new ConcurrentHashMap<>();
    final List<String> anonymised = new ArrayList<>();

    void names(String planId, String name) {
      byPlan.computeIfAbsent(planId, p -> new ArrayList<>()).add(name);
    }

    @Override
    public int anonymise(String planId, ErasedPeople erased) {
      List<String> names = byPlan.getOrDefault(planId, List.of());
      int count = 0;
      for (int i = 0; i < names.size(); i++) {
        if (erased.matches(names.get(i), null)) {
          anonymised.add(names.get(i));
          names.set(i, ErasedPeople.MARKER);
          count++;
        }
      }
      return count;
    }
  }
}
