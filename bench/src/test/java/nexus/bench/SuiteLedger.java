package nexus.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.launcher.Suite;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.core.env.Environment;

/**
 * What the whole suite holds, read from outside as an operator would: each service's database (its
 * name and outbox collections from the service's own configuration), the broker's topics and the
 * consumer groups' committed offsets.
 */
final class SuiteLedger {

  private final BenchSuite suite;
  private final MongoClient mongo;
  private final Map<String, String> databases = new LinkedHashMap<>();
  private final Map<String, List<String>> outboxes = new LinkedHashMap<>();

  /** Reads each service's configuration now, while all are up (one may be down later). */
  SuiteLedger(BenchSuite suite, MongoClient mongo) {
    this.suite = suite;
    this.mongo = mongo;
    for (String service : Suite.serviceNames()) {
      Environment env = suite.context(service).getEnvironment();
      databases.put(service, env.getRequiredProperty("spring.mongodb.database"));
      outboxes.put(
          service,
          List.of(env.getRequiredProperty("nexus.messaging.outbox.collections").split(",")));
    }
  }

  /** Aggregates with events not yet acknowledged by the broker, per service. */
  Map<String, Long> outboxBacklog() {
    Map<String, Long> backlog = new LinkedHashMap<>();
    outboxes.keySet().forEach(service -> backlog.put(service, outboxBacklog(service)));
    return backlog;
  }

  /** A service's aggregates with events not yet acknowledged by the broker. */
  long outboxBacklog(String service) {
    return outboxes.get(service).stream()
        .mapToLong(
            c ->
                mongo
                    .getDatabase(database(service))
                    .getCollection(c.strip())
                    .countDocuments(Filters.exists("outbox.0")))
        .sum();
  }

  /** Dead letters per service: kept by its sink, and still on its dead-letter topic. */
  Map<String, Long> deadLetters() {
    Map<String, Long> dead = new LinkedHashMap<>();
    for (String service : databases.keySet()) {
      long stored =
          mongo.getDatabase(database(service)).getCollection("dead_letters").countDocuments();
      dead.put(service, stored + records("nexus." + service + ".dead-letters"));
    }
    return dead;
  }

  /** The service's database name, as its configuration says. */
  String database(String service) {
    return databases.get(service);
  }

  /** Records of the topic the consumer group has not committed yet. */
  long lag(String group, String topic) {
    return lag(suite.kafkaBrokers(), group, topic);
  }

  /**
   * Records of the topic the consumer group has not committed yet (from the log's start where it
   * committed nothing).
   */
  static long lag(String brokers, String group, String topic) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", brokers))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      List<TopicPartition> partitions = partitions(admin, topic);
      Map<TopicPartition, Long> start = offsets(admin, partitions, OffsetSpec.earliest());
      Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
      long lag = 0;
      for (TopicPartition p : partitions) {
        OffsetAndMetadata at = committed.get(p);
        lag += end.get(p) - (at == null ? start.get(p) : at.offset());
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many records a topic holds (0 when it does not exist). */
  long records(String topic) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", suite.kafkaBrokers()))) {
      if (!admin.listTopics().names().get().contains(topic)) {
        return 0;
      }
      List<TopicPartition> partitions = partitions(admin, topic);
      Map<TopicPartition, Long> start = offsets(admin, partitions, OffsetSpec.earliest());
      Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
      return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Every event of the given types on a topic: the event ids per key (plan) and type. */
  Map<String, Map<String, Set<String>>> eventIds(String topic, Set<String> types) {
    Properties props = new Properties();
    props.put("bootstrap.servers", suite.kafkaBrokers());
    props.put("key.deserializer", ByteArrayDeserializer.class.getName());
    props.put("value.deserializer", ByteArrayDeserializer.class.getName());
    EventCodec codec = new EventCodec();
    Map<String, Map<String, Set<String>>> byKey = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
          EventEnvelope envelope = codec.decode(r.value());
          if (types.contains(envelope.type())) {
            byKey
                .computeIfAbsent(envelope.key(), k -> new HashMap<>())
                .computeIfAbsent(envelope.type(), k -> new HashSet<>())
                .add(envelope.eventId());
          }
        }
      }
    }
    return byKey;
  }

  private static List<TopicPartition> partitions(Admin admin, String topic)
      throws InterruptedException, ExecutionException {
    return admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get()
        .get(topic)
        .partitions()
        .stream()
        .map(p -> new TopicPartition(topic, p.partition()))
        .toList();
  }

  private static Map<TopicPartition, Long> offsets(
      Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
      throws InterruptedException, ExecutionException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    admin.listOffsets(request).all().get().forEach((p, info) -> offsets.put(p, info.offset()));
    return offsets;
  }

  /** Per plan, the timeline step types intake recorded (a step per event and plan). */
  Map<String, List<String>> timelineSteps(Set<String> types) {
    Map<String, List<String>> steps = new HashMap<>();
    for (org.bson.Document step :
        mongo
            .getDatabase(database("intake"))
            .getCollection("timeline")
            .find(Filters.in("type", types))
            .projection(new org.bson.Document("planId", 1).append("type", 1))) {
      steps
          .computeIfAbsent(step.getString("planId"), k -> new ArrayList<>())
          .add(step.getString("type"));
    }
    return steps;
  }
}
