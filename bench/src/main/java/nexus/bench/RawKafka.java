package nexus.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Raw Kafka on the suite's broker: records produced as the outbox relay produces them (idempotent,
 * {@code acks=all}, each send awaited), by {@code users} threads at once, and consumed by one
 * consumer; a header carries the send time for the end-to-end latency.
 */
final class RawKafka {

  static final String TOPIC = "nexus.bench.raw";
  private static final String SENT = "bench-sent-nanos";

  /**
   * @param produce every send until acknowledged
   * @param endToEnd every record from send until consumed; its wall time is the Kafka phase's
   * @param cpuSeconds CPU the process used from the first send until the last record was consumed
   */
  record Result(Latencies.Summary produce, Latencies.Summary endToEnd, double cpuSeconds) {}

  private RawKafka() {}

  /** The values of {@code plan.submitted} records intake published in the surge (the first few). */
  static List<byte[]> samplePayloads(String brokers) {
    List<byte[]> payloads = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(brokers, "bench-sample")) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("nexus.intake.events").stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Instant giveUp = Instant.now().plusSeconds(30);
      while (payloads.size() < 100 && Instant.now().isBefore(giveUp)) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          Header type = r.headers().lastHeader("ce_type");
          if (type != null
              && new String(type.value(), StandardCharsets.UTF_8).equals("plan.submitted")) {
            payloads.add(r.value());
          }
        }
      }
    }
    if (payloads.isEmpty()) {
      throw new IllegalStateException("no plan.submitted record on nexus.intake.events");
    }
    return payloads;
  }

  static Result run(String brokers, List<byte[]> payloads, int count, int users, Instant deadline) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", brokers))) {
      admin
          .createTopics(List.of(new NewTopic(TOPIC, 4, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create " + TOPIC, e);
    }
    Latencies produce = new Latencies();
    Latencies endToEnd = new Latencies();
    double cpu0;
    double cpu;
    CountDownLatch consumed = new CountDownLatch(count);
    CountDownLatch assigned = new CountDownLatch(1);
    Thread consumer =
        Thread.ofPlatform()
            .name("bench-raw-consumer")
            .start(
                () -> {
                  try (KafkaConsumer<byte[], byte[]> c = consumer(brokers, "bench-raw")) {
                    c.subscribe(List.of(TOPIC));
                    while (consumed.getCount() > 0 && Instant.now().isBefore(deadline)) {
                      for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
                        endToEnd.recordSince(
                            ByteBuffer.wrap(r.headers().lastHeader(SENT).value()).getLong());
                        consumed.countDown();
                      }
                      if (!c.assignment().isEmpty()) {
                        assigned.countDown();
                      }
                    }
                  }
                });
    try (KafkaProducer<byte[], byte[]> producer = producer(brokers)) {
      await(assigned, deadline);
      cpu0 = Machine.cpuSeconds();
      produce.start();
      endToEnd.start();
      Workers.run(
          users,
          IntStream.range(0, count).boxed().toList(),
          deadline,
          i -> {
            long started = System.nanoTime();
            ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(
                    TOPIC,
                    ("P-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                    payloads.get(i % payloads.size()));
            record.headers().add(SENT, ByteBuffer.allocate(8).putLong(started).array());
            try {
              producer.send(record).get();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            produce.recordSince(started);
          });
      produce.end();
      await(consumed, deadline);
      endToEnd.end();
      cpu = Machine.cpuSeconds() - cpu0;
      consumer.join(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new Result(produce.summary(), endToEnd.summary(), cpu);
  }

  private static void await(CountDownLatch latch, Instant deadline) throws InterruptedException {
    long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
    latch.await(millis, TimeUnit.MILLISECONDS);
  }

  /** As the binder's producer is configured (platform/messaging defaults). */
  private static KafkaProducer<byte[], byte[]> producer(String brokers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            brokers,
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            3000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
            3000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
            6000),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String brokers, String group) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
            ConsumerConfig.GROUP_ID_CONFIG, group,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }
}
