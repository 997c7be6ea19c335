package nexus.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
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
   * @param documentBytes mean size of the stored plans that were copied
   * @param payloadBytes mean size of the Kafka records' values
   * @param mongoInserts every insert
   * @param kafkaProduce every send, until acknowledged
   * @param kafkaEndToEnd every record, from send until consumed
   * @param cpuSeconds CPU the process used for the inserts and the records
   */
  record Result(
      int documentBytes,
      int payloadBytes,
      Latencies.Summary mongoInserts,
      Latencies.Summary kafkaProduce,
      Latencies.Summary kafkaEndToEnd,
      double cpuSeconds) {

    /** Units per second when each unit is one insert plus one record produced and consumed. */
    double perSecond() {
      double seconds = mongoInserts.seconds() + kafkaEndToEnd.seconds();
      return seconds > 0 ? mongoInserts.count() / seconds : 0;
    }
  }

  private RawBaseline() {}

  static Result run(String mongoUri, String kafkaBrokers, int count, int users, Instant deadline) {
    try (MongoClient mongo = MongoClients.create(mongoUri)) {
      // one submitted plan of each course, alternately: the surge's mix
      List<Document> plans = new ArrayList<>();
      for (String course : List.of("YOUNG_TALENT", "MENTOR")) {
        Document plan =
            mongo
                .getDatabase("intake")
                .getCollection("plans")
                .find(new Document("status", "SUBMITTED").append("course", course))
                .first();
        if (plan != null) {
          plan.remove("outbox");
          plans.add(plan);
        }
      }
      if (plans.isEmpty()) {
        throw new IllegalStateException("no submitted plan to copy");
      }
      List<byte[]> payloads = RawKafka.samplePayloads(kafkaBrokers);
      double cpu0 = Machine.cpuSeconds();
      Latencies inserts = insert(mongo, plans, count, users, deadline);
      double cpu1 = Machine.cpuSeconds();
      RawKafka.Result kafka = RawKafka.run(kafkaBrokers, payloads, count, users, deadline);
      double cpu = cpu1 - cpu0 + kafka.cpuSeconds();
      return new Result(
          (int) plans.stream().mapToInt(RawBaseline::bsonSize).average().orElse(0),
          (int) payloads.stream().mapToInt(p -> p.length).average().orElse(0),
          inserts.summary(),
          kafka.produce(),
          kafka.endToEnd(),
          cpu);
    }
  }

  private static int bsonSize(Document document) {
    return RawBsonDocument.parse(document.toJson()).getByteBuffer().remaining();
  }

  private static Latencies insert(
      MongoClient mongo, List<Document> plans, int count, int users, Instant deadline) {
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
          Document copy = new Document(plans.get(i % plans.size()));
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
