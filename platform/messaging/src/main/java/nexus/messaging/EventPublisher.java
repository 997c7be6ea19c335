package nexus.messaging;

import java.nio.charset.StandardCharsets;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends one outbox entry to Kafka and returns only once the broker acknowledged it. The binding is
 * configured synchronous ({@code sync: true}) and the producer idempotent with {@code acks=all}, so
 * a failed or unacknowledged send throws and the entry stays in the outbox.
 */
class EventPublisher {

  static final String TYPE_HEADER = "ce_type";
  static final String ID_HEADER = "ce_id";

  private final StreamBridge streamBridge;
  private final String binding;

  EventPublisher(StreamBridge streamBridge, String binding) {
    this.streamBridge = streamBridge;
    this.binding = binding;
  }

  void publish(OutboxEntry entry) {
    MessageBuilder<byte[]> builder =
        MessageBuilder.withPayload(entry.envelope().getBytes(StandardCharsets.UTF_8))
            .setHeader(KafkaHeaders.KEY, entry.key().getBytes(StandardCharsets.UTF_8))
            .setHeader(TYPE_HEADER, entry.type())
            .setHeader(ID_HEADER, entry.eventId())
            .setHeader(MessageHeaders.CONTENT_TYPE, "application/json");
    if (entry.traceparent() != null) {
      builder.setHeader(TraceContext.TRACEPARENT, entry.traceparent());
    }
    Message<byte[]> message = builder.build();
    if (!streamBridge.send(binding, message)) {
      throw new IllegalStateException("binding " + binding + " refused event " + entry.eventId());
    }
  }
}
