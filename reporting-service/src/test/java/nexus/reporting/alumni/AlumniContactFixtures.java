package nexus.reporting.alumni;

import java.time.Instant;
import java.util.List;
import nexus.events.AlumniContactChanged;
import nexus.events.AlumniErased.PlanParticipant;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What alumni tells reporting of how its members may be reached, for tests and benchmarks. */
public final class AlumniContactFixtures {

  private AlumniContactFixtures() {}

  /**
   * Alumni's contact of a member known by one participation: {@code email} null means the member
   * must not be mailed (no consent, a bouncing address, left).
   */
  public static AlumniContactChanged contact(
      String alumnusId,
      String planId,
      String participantId,
      String email,
      String language,
      long version) {
    return new AlumniContactChanged(
        alumnusId,
        List.of(new PlanParticipant(planId, participantId)),
        email,
        language,
        version,
        Instant.now());
  }

  /** Delivers an event from alumni to the inbox, as the consumer would. */
  public static void deliver(EventInbox inbox, EventCodec codec, IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "alumni-service", null)));
  }

  /**
   * Writes mailable contacts straight to the store (benchmark setup, not measured): participant
   * {@code planId-p<n>} of each plan at {@code p<n>.planId@alumni.example}.
   */
  public static void insertMailable(MongoTemplate mongo, String prefix, int plans, int people) {
    var contacts = mongo.getCollection("alumni_contacts");
    List<Document> batch = new java.util.ArrayList<>(1000);
    for (int i = 0; i < plans; i++) {
      String planId = prefix + i;
      for (int p = 0; p < people; p++) {
        String participantId = planId + "-p" + p;
        batch.add(
            new Document("_id", AlumniContactDocument.idOf(planId, participantId))
                .append("planId", planId)
                .append("participantId", participantId)
                .append("alumnusId", "ALU-" + participantId)
                .append("email", "p" + p + "." + planId + "@alumni.example")
                .append("language", p % 2 == 0 ? "en" : "ja")
                .append("version", 1L)
                .append("erased", false));
        if (batch.size() == 1000) {
          contacts.insertMany(batch);
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) {
      contacts.insertMany(batch);
    }
  }
}
