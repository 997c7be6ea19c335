package nexus.messaging;

import java.time.Duration;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;

/**
 * Applies incoming events exactly once per event id: decodes the envelope, skips ids already in the
 * inbox, dispatches to the service's handler and records the id. A handler that throws makes the
 * binder retry with back-off and then send the record to the dead-letter topic.
 */
public class EventInbox {

  /** What became of one delivery. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    IGNORED
  }

  private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
  private static final Duration CLAIM_POLL = Duration.ofMillis(100);

  private final EventCodec codec;
  private final EventHandlers handlers;
  private final ProcessedEvents processed;
  private final MessagingMetrics metrics;

  EventInbox(
      EventCodec codec,
      EventHandlers handlers,
      ProcessedEvents processed,
      MessagingMetrics metrics) {
    this.codec = codec;
    this.handlers = handlers;
    this.processed = processed;
    this.metrics = metrics;
  }

  /** The body of a service's Spring Cloud Stream consumer function. */
  public void accept(Message<byte[]> message) {
    try (TraceContext.Scope scope = TraceContext.continueFrom(message.getHeaders())) {
      handle(message.getPayload());
    }
  }

  public Outcome handle(byte[] payload) {
    EventEnvelope envelope = codec.decode(payload);
    MDC.put(Outbox.CORRELATION_ID, envelope.correlationId());
    try {
      return dispatch(envelope);
    } catch (RuntimeException e) {
      metrics.failed(envelope.type());
      throw e;
    } finally {
      MDC.remove(Outbox.CORRELATION_ID);
    }
  }

  private Outcome dispatch(EventEnvelope envelope) {
    var registration = handlers.find(envelope.type(), envelope.version());
    if (registration.isEmpty()) {
      metrics.consumed(envelope.type(), "ignored");
      return Outcome.IGNORED;
    }
    if (!claim(envelope)) {
      log.info("event {} ({}) already applied, skipped", envelope.eventId(), envelope.type());
      metrics.consumed(envelope.type(), "duplicate");
      return Outcome.DUPLICATE;
    }
    try {
      apply(registration.get(), envelope);
    } catch (RuntimeException e) {
      processed.release(envelope);
      throw e;
    }
    processed.markDone(envelope);
    metrics.consumed(envelope.type(), "applied");
    log.info("applied {} {} for {}", envelope.type(), envelope.eventId(), envelope.key());
    return Outcome.APPLIED;
  }

  /**
   * Claims the event for this delivery; waits while another delivery is applying it.
   *
   * @return true to apply it here, false when it was applied already
   */
  private boolean claim(EventEnvelope envelope) {
    while (true) {
      switch (processed.claim(envelope)) {
        case GRANTED -> {
          return true;
        }
        case ALREADY_DONE -> {
          return false;
        }
        case IN_PROGRESS -> pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(CLAIM_POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while another delivery applied the event", e);
    }
  }

  private <T extends IntegrationEvent> void apply(
      EventHandlers.Registration<T> registration, EventEnvelope envelope) {
    registration.handler().handle(codec.payload(envelope, registration.eventClass()), envelope);
  }
}
