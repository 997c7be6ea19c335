package nexus.messaging;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * The dead letters of this service: every record its consumers gave up on, kept from the
 * dead-letter topics so that staff can see why and replay one once the cause is fixed.
 */
public class DeadLetters {

  static final String COLLECTION = "dead_letters";
  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final MongoTemplate mongo;
  private final EventInbox inbox;
  private final Clock clock;

  DeadLetters(MongoTemplate mongo, EventInbox inbox, Clock clock) {
    this.mongo = mongo;
    this.inbox = inbox;
    this.clock = clock;
  }

  /** Keeps a record from a dead-letter topic (the body of the dead-letter consumer). */
  public void accept(Message<byte[]> message) {
    MessageHeaders headers = message.getHeaders();
    String id =
        header(headers, KafkaHeaders.RECEIVED_TOPIC)
            + "-"
            + header(headers, KafkaHeaders.RECEIVED_PARTITION)
            + "-"
            + header(headers, KafkaHeaders.OFFSET);
    Document letter =
        new Document("_id", id)
            .append(
                "originalTopic",
                firstHeader(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC, "x-original-topic"))
            .append(
                "error",
                firstHeader(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, "x-exception-message"))
            .append("payload", new String(message.getPayload(), StandardCharsets.UTF_8))
            .append("receivedAt", Date.from(clock.instant()))
            .append("status", "NEW");
    mongo
        .getCollection(COLLECTION)
        .replaceOne(Filters.eq("_id", id), letter, new ReplaceOptions().upsert(true));
    log.warn("dead letter {} from {}: {}", id, letter.get("originalTopic"), letter.get("error"));
  }

  /** One page of dead letters, newest first, optionally only those with a given status. */
  public List<DeadLetter> list(String status, int page, int size) {
    Bson filter =
        status == null || status.isBlank() ? new Document() : Filters.eq("status", status);
    List<DeadLetter> letters = new ArrayList<>();
    mongo
        .getCollection(COLLECTION)
        .find(filter)
        .sort(Sorts.descending("receivedAt"))
        .skip(page * size)
        .limit(size)
        .forEach(d -> letters.add(toDeadLetter(d)));
    return letters;
  }

  public long count(String status) {
    Bson filter =
        status == null || status.isBlank() ? new Document() : Filters.eq("status", status);
    return mongo.getCollection(COLLECTION).countDocuments(filter);
  }

  public Optional<DeadLetter> find(String id) {
    return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id)).first())
        .map(DeadLetters::toDeadLetter);
  }

  /**
   * Runs a dead letter through this service's inbox again. The inbox still skips an event that was
   * applied in the meantime, so a replay never applies anything twice.
   *
   * @throws java.util.NoSuchElementException when there is no such dead letter
   */
  public DeadLetter replay(String id) {
    DeadLetter letter = find(id).orElseThrow();
    Bson update;
    try {
      inbox.handle(letter.payload().getBytes(StandardCharsets.UTF_8));
      update =
          Updates.combine(
              Updates.set("status", "REPLAYED"),
              Updates.set("replayedAt", Date.from(clock.instant())),
              Updates.unset("lastReplayError"));
    } catch (RuntimeException e) {
      update =
          Updates.combine(
              Updates.set("status", "REPLAY_FAILED"),
              Updates.set("lastReplayError", String.valueOf(e.getMessage())));
    }
    mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", id), update);
    return find(id).orElseThrow();
  }

  private static DeadLetter toDeadLetter(Document d) {
    return new DeadLetter(
        d.getString("_id"),
        d.getString("originalTopic"),
        d.getString("error"),
        d.getString("payload"),
        d.getDate("receivedAt").toInstant(),
        d.getString("status"),
        d.getString("lastReplayError"));
  }

  private static String firstHeader(MessageHeaders headers, String... names) {
    for (String name : names) {
      String value = header(headers, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String header(MessageHeaders headers, String name) {
    Object value = headers.get(name);
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return value == null ? null : value.toString();
  }
}
