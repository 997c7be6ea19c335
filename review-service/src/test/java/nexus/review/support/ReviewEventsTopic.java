package nexus.review.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads what review published on {@code nexus.review.events}, from the beginning. */
public final class ReviewEventsTopic implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final EventCodec codec;
  private final List<EventEnvelope> seen = new ArrayList<>();

  public ReviewEventsTopic(EventCodec codec) {
    this.codec = codec;
    this.consumer =
        new KafkaConsumer<>(
            Map.of(
                "bootstrap.servers",
                EmbeddedInfrastructure.kafkaBootstrapServers(),
                "group.id",
                "review-test-" + UUID.randomUUID(),
                "auto.offset.reset",
                "earliest"),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
    consumer.subscribe(List.of("nexus.review.events"));
  }

  /** Everything read so far, after one more poll. */
  public List<EventEnvelope> poll() {
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
      seen.add(codec.decode(r.value()));
    }
    return List.copyOf(seen);
  }

  /** The events of one plan of one wire type, read so far. */
  public List<EventEnvelope> of(String planId, String type) {
    return poll().stream().filter(e -> e.key().equals(planId) && e.type().equals(type)).toList();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
