package nexus.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code nexus.messaging}.
 *
 * @param producer name of this service on the wire (the envelope's {@code source})
 * @param outbox where the relay looks for pending events and how often
 * @param inbox how deliveries of the same event coordinate
 */
@ConfigurationProperties("nexus.messaging")
public record MessagingProperties(String producer, Outbox outbox, Inbox inbox) {

  public MessagingProperties {
    outbox = outbox == null ? new Outbox(null, null, 0, null, null, null) : outbox;
    inbox = inbox == null ? new Inbox(null) : inbox;
  }

  /**
   * @param claimTimeout how long a claim by a delivery that never finished blocks the others
   */
  public record Inbox(Duration claimTimeout) {
    public Inbox {
      claimTimeout = claimTimeout == null ? Duration.ofSeconds(30) : claimTimeout;
    }
  }

  /**
   * @param collections MongoDB collections whose documents carry an {@code outbox} array
   * @param pollInterval pause between relay rounds when nothing was pending
   * @param batchSize documents read per round and collection
   * @param relayEnabled whether this instance relays (off only in fault tests)
   * @param binding the Spring Cloud Stream output binding events are sent through
   * @param scanInterval how often the relay searches the collections for pending entries; in
   *     between it fetches by id the aggregates this process just wrote
   */
  public record Outbox(
      List<String> collections,
      Duration pollInterval,
      int batchSize,
      Boolean relayEnabled,
      String binding,
      Duration scanInterval) {
    public Outbox {
      collections = collections == null ? List.of() : List.copyOf(collections);
      pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
      batchSize = batchSize <= 0 ? 100 : batchSize;
      relayEnabled = relayEnabled == null || relayEnabled;
      binding = binding == null ? "events-out" : binding;
      scanInterval = scanInterval == null ? Duration.ofSeconds(5) : scanInterval;
    }
  }
}
