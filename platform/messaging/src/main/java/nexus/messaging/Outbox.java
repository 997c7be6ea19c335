package nexus.messaging;

import java.time.Clock;
import nexus.events.EventCodec;
import nexus.events.EventEnvelope;
import nexus.events.IntegrationEvent;
import org.slf4j.MDC;

/**
 * Turns the events an aggregate returned into outbox entries. The application layer adds them to
 * the aggregate's document and saves both in one write; {@link OutboxRelay} does the rest.
 */
public class Outbox {

  /** MDC key under which the correlation id of the current request or event is kept. */
  public static final String CORRELATION_ID = "correlationId";

  private final EventCodec codec;
  private final String producer;
  private final Clock clock;
  private final OutboxHints hints;

  public Outbox(EventCodec codec, String producer, Clock clock) {
    this(codec, producer, clock, new OutboxHints());
  }

  /** An outbox that tells the relay which aggregates got entries. */
  public Outbox(EventCodec codec, String producer, Clock clock, OutboxHints hints) {
    this.codec = codec;
    this.producer = producer;
    this.clock = clock;
    this.hints = hints;
  }

  /** A new entry for the event, correlated with whatever request or event is being handled. */
  public OutboxEntry entryFor(IntegrationEvent event) {
    String correlationId = MDC.get(CORRELATION_ID);
    if (correlationId == null) {
      correlationId = MDC.get(TraceContext.TRACE_ID);
    }
    EventEnvelope envelope = codec.wrap(event, producer, correlationId);
    hints.note(envelope.key());
    return new OutboxEntry(
        envelope.eventId(),
        envelope.type(),
        envelope.key(),
        codec.encodeToString(envelope),
        clock.instant(),
        TraceContext.currentTraceparent());
  }
}
