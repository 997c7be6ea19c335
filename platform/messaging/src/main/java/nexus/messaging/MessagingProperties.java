package nexus.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code nexus.messaging}.
 *
 * @param producer name of this service on the wire (the envelope's {@code source})
 * @param outbox where the relay looks for pending events and how often
 */
@ConfigurationProperties("nexus.messaging")
public record MessagingProperties(String producer, Outbox outbox) {

  public MessagingProperties {
    outbox = outbox == null ? new Outbox(null, null, 0, null, null) : outbox;
  }

  /**
   * @param collections MongoDB collections whose documents carry an {@code outbox} array
   * @param pollInterval pause between relay rounds when nothing was pending
   * @param batchSize documents read per round and collection
   * @param relayEnabled whether this instance relays (off only in fault tests)
   * @param binding the Spring Cloud Stream output binding events are sent through
   */
  public record Outbox(
      List<String> collections,
      Duration pollInterval,
      int batchSize,
      Boolean relayEnabled,
      String binding) {
    public Outbox {
      collections = collections == null ? List.of() : List.copyOf(collections);
      pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
      batchSize = batchSize <= 0 ? 100 : batchSize;
      relayEnabled = relayEnabled == null || relayEnabled;
      binding = binding == null ? "events-out" : binding;
    }
  }
}
