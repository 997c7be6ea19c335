package nexus.alumni.support;

import static nexus.alumni.support.AlumniFixtures.EXCHANGE_ENDED;
import static nexus.alumni.support.AlumniFixtures.completed;
import static nexus.alumni.support.AlumniFixtures.newId;

import java.util.Date;
import nexus.events.IntegrationEvent;
import nexus.events.ParticipantRecord;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Members in a known state for tests that are not about enrolment or claiming. */
public final class Members {

  private Members() {}

  /**
   * Enrols the participant from a completed exchange in {@code field} and marks the profile as
   * claimed by {@code subject} and listed, as the claim page would.
   *
   * @return the member id
   */
  public static String claimedAndListed(
      java.util.function.Function<IntegrationEvent, ?> deliver,
      MongoTemplate mongo,
      ParticipantRecord p,
      String field,
      String subject) {
    deliver.apply(completed(newId("plan"), field, EXCHANGE_ENDED, p));
    Document member =
        mongo
            .getCollection("members")
            .find(new Document("exchanges.participantId", p.participantId()))
            .first();
    mongo
        .getCollection("members")
        .updateOne(
            new Document("_id", member.getString("_id")),
            new Document(
                "$set",
                new Document("subject", subject)
                    .append("claimedAt", new Date())
                    .append("listed", true)
                    .append("mailConsent", true)));
    return member.getString("_id");
  }
}
