package nexus.messaging;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Clock;
import nexus.events.EventEnvelope;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The inbox: ids of the events this service has applied, in its own database. */
class ProcessedEvents {

  static final String COLLECTION = "inbox";

  private final MongoTemplate mongo;
  private final Clock clock;

  ProcessedEvents(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  boolean contains(String eventId) {
    return mongo.getCollection(COLLECTION).find(new Document("_id", eventId)).first() != null;
  }

  void markProcessed(EventEnvelope envelope) {
    try {
      mongo
          .getCollection(COLLECTION)
          .insertOne(
              new Document("_id", envelope.eventId())
                  .append("type", envelope.type())
                  .append("key", envelope.key())
                  .append("processedAt", java.util.Date.from(clock.instant())));
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }
}
