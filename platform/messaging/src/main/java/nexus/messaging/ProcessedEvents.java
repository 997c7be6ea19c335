package nexus.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nexus.events.EventEnvelope;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The inbox: the events this service has applied, in its own database. An event is claimed before
 * its handler runs, so two deliveries racing each other (the live consumer and a staff replay, or
 * two replicas after a rebalance) never both apply it; a claim left by a process that died is taken
 * over once it is older than the claim timeout.
 */
class ProcessedEvents {

  static final String COLLECTION = "inbox";
  static final String CLAIMED = "CLAIMED";
  static final String DONE = "DONE";

  /** What a claim attempt found. */
  enum Claim {
    /** This delivery may apply the event. */
    GRANTED,
    /** The event was applied before. */
    ALREADY_DONE,
    /** Another delivery is applying it right now. */
    IN_PROGRESS
  }

  private final MongoTemplate mongo;
  private final Clock clock;
  private final Duration claimTimeout;

  ProcessedEvents(MongoTemplate mongo, Clock clock, Duration claimTimeout) {
    this.mongo = mongo;
    this.clock = clock;
    this.claimTimeout = claimTimeout;
  }

  Claim claim(EventEnvelope envelope) {
    Instant now = clock.instant();
    try {
      inbox()
          .insertOne(
              new Document("_id", envelope.eventId())
                  .append("state", CLAIMED)
                  .append("type", envelope.type())
                  .append("key", envelope.key())
                  .append("claimedAt", Date.from(now)));
      return Claim.GRANTED;
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    Document existing = inbox().find(Filters.eq("_id", envelope.eventId())).first();
    if (existing == null) {
      return claim(envelope); // released in between: try again
    }
    // entries written before claims existed have no state: they were applied
    if (!CLAIMED.equals(existing.getString("state"))) {
      return Claim.ALREADY_DONE;
    }
    Date claimedAt = existing.getDate("claimedAt");
    if (claimedAt != null && claimedAt.toInstant().plus(claimTimeout).isAfter(now)) {
      return Claim.IN_PROGRESS;
    }
    // a claim left behind by a process that died: take it over, if nobody else did first
    long taken =
        inbox()
            .updateOne(
                Filters.and(
                    Filters.eq("_id", envelope.eventId()),
                    Filters.eq("state", CLAIMED),
                    Filters.eq("claimedAt", claimedAt)),
                Updates.set("claimedAt", Date.from(now)))
            .getModifiedCount();
    return taken == 1 ? Claim.GRANTED : Claim.IN_PROGRESS;
  }

  void markDone(EventEnvelope envelope) {
    inbox()
        .updateOne(
            Filters.eq("_id", envelope.eventId()),
            Updates.combine(
                Updates.set("state", DONE),
                Updates.set("processedAt", Date.from(clock.instant()))));
  }

  /** Gives the event back after its handler failed, so that a retry may claim it again. */
  void release(EventEnvelope envelope) {
    inbox()
        .deleteOne(
            Filters.and(Filters.eq("_id", envelope.eventId()), Filters.eq("state", CLAIMED)));
  }

  private MongoCollection<Document> inbox() {
    return mongo.getCollection(COLLECTION);
  }
}
