package nexus.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.RawBsonDocument;

/**
 * The raw baseline, in the same JVM on the same servers: what the surge's storage and messaging
 * cost at the least. Each unit of work is one MongoDB insert of a document the size of a submitted
 * plan ({@code users} at once), then one Kafka record the size of its {@code plan.submitted}
 * envelope, produced ({@code acks=all}, idempotent, synchronously, {@code users} at once) and
 * consumed.
 */
final class RawBaseline {

  /**
   * What the baseline did.
   *
   * @param documentBytes size of the stored plan that was copied
   * @param payloadBytes size of the Kafka record's value
   * @param mongoInserts every insert
   * @param kafkaProduce every send, until acknowledged
   * @param kafkaEndToEnd every record, from send until consumed
   */
  record Result(
      int documentBytes,
      int payloadBytes,
      Latencies.Summary mongoInserts,
      Latencies.Summary kafkaProduce,
      Latencies.Summary kafkaEndToEnd) {

    /** Units per second when each unit is one insert plus one record produced and consumed. */
    double perSecond() {
      double seconds = mongoInserts.seconds() + kafkaEndToEnd.seconds();
      return seconds > 0 ? mongoInserts.count() / seconds : 0;
    }
  }

  private RawBaseline() {}

  static Result run(String mongoUri, String kafkaBrokers, int count, int users, Instant deadline) {
    Document plan;
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      plan =
          mongo
              .getDatabase("intake")
              .getCollection("plans")
              .find(new Document("status", "SUBMITTED"))
              .first();
      if (plan == null) {
        throw new IllegalStateException("no submitted plan to copy");
      }
      plan.remove("outbox");
      Latencies inserts = insert(mongo, plan, count, users, deadline);
      byte[] payload = RawKafka.samplePayload(kafkaBrokers);
      RawKafka.Result kafka = RawKafka.run(kafkaBrokers, payload, count, users, deadline);
      return new Result(
          RawBsonDocument.parse(plan.toJson()).getByteBuffer().remaining(),
          payload.length,
          inserts.summary(),
          kafka.produce(),
          kafka.endToEnd());
    }
  }

  private static Latencies insert(
      MongoClient mongo, Document plan, int count, int users, Instant deadline) {
    MongoCollection<Document> raw = mongo.getDatabase("bench_raw").getCollection("plans");
    raw.drop();
    List<Integer> units = IntStream.range(0, count).boxed().toList();
    Latencies latencies = new Latencies();
    latencies.start();
    Workers.run(
        users,
        units,
        deadline,
        i -> {
          Document copy = new Document(plan);
          copy.put("_id", "P-" + UUID.randomUUID());
          long started = System.nanoTime();
          raw.insertOne(copy);
          latencies.recordSince(started);
        });
    latencies.end();
    raw.drop();
    return latencies;
  }
}
