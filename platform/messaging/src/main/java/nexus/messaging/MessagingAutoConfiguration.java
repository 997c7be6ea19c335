package nexus.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import nexus.events.EventCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Outbox, relay, inbox and dead letters for every service that has this module. */
@AutoConfiguration
@EnableConfigurationProperties(MessagingProperties.class)
@Import({DeadLetterController.class, DeadLetterPage.class})
public class MessagingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @ConditionalOnMissingBean
  EventCodec eventCodec(Clock clock) {
    return new EventCodec(clock);
  }

  @Bean
  MessagingMetrics messagingMetrics(MeterRegistry registry) {
    return new MessagingMetrics(registry);
  }

  @Bean
  OutboxHints outboxHints() {
    return new OutboxHints();
  }

  @Bean
  Outbox outbox(
      EventCodec codec,
      MessagingProperties properties,
      Environment env,
      Clock clock,
      OutboxHints hints) {
    String producer =
        properties.producer() != null
            ? properties.producer()
            : env.getProperty("spring.application.name", "unknown");
    return new Outbox(codec, producer, clock, hints);
  }

  @Bean
  OutboxRelay outboxRelay(
      MongoTemplate mongo,
      StreamBridge streamBridge,
      MessagingMetrics metrics,
      MessagingProperties properties,
      Environment env,
      OutboxHints hints) {
    requireSynchronousSend(env, properties.outbox().binding());
    return new OutboxRelay(
        mongo,
        new EventPublisher(streamBridge, properties.outbox().binding()),
        metrics,
        properties.outbox(),
        hints);
  }

  /**
   * The relay removes an entry once {@code send} returns, so the send must wait for the broker's
   * acknowledgement; an asynchronous binding would lose events silently. Refuse to start instead.
   */
  static void requireSynchronousSend(Environment env, String binding) {
    String sync =
        env.getProperty(
            "spring.cloud.stream.kafka.bindings." + binding + ".producer.sync",
            env.getProperty("spring.cloud.stream.kafka.default.producer.sync", "false"));
    if (!Boolean.parseBoolean(sync)) {
      throw new IllegalStateException(
          "the outbox binding '" + binding + "' must send synchronously (producer.sync=true)");
    }
  }

  @Bean
  ProcessedEvents processedEvents(
      MongoTemplate mongo, Clock clock, MessagingProperties properties) {
    return new ProcessedEvents(mongo, clock, properties.inbox().claimTimeout());
  }

  @Bean
  EventInbox eventInbox(
      EventCodec codec,
      ObjectProvider<EventHandlers> handlers,
      ProcessedEvents processed,
      MessagingMetrics metrics) {
    return new EventInbox(
        codec, handlers.getIfAvailable(() -> EventHandlers.builder().build()), processed, metrics);
  }

  @Bean
  DeadLetters deadLetters(MongoTemplate mongo, EventInbox inbox, Clock clock) {
    return new DeadLetters(mongo, inbox, clock);
  }

  /** The consumer bound to this service's dead-letter topics ({@code deadLetters-in-0}). */
  @Bean
  java.util.function.Consumer<org.springframework.messaging.Message<byte[]>> deadLetterSink(
      DeadLetters deadLetters) {
    return deadLetters::accept;
  }
}
