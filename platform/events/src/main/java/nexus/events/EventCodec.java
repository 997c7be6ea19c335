package nexus.events;

import java.time.Clock;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into envelopes and bytes and back. Readers ignore fields they do not know, so
 * additive changes to a contract never break an existing consumer.
 */
public final class EventCodec {

  private final JsonMapper mapper;
  private final Clock clock;

  public EventCodec(Clock clock) {
    this.clock = clock;
    this.mapper =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
  }

  public EventCodec() {
    this(Clock.systemUTC());
  }

  /** Wraps an event in a new envelope with a fresh event id. */
  public EventEnvelope wrap(IntegrationEvent event, String producer, String correlationId) {
    EventType type = EventCatalog.typeOf(event.getClass());
    String eventId = UUID.randomUUID().toString();
    return new EventEnvelope(
        eventId,
        type.name(),
        type.version(),
        clock.instant(),
        event.key(),
        correlationId == null ? eventId : correlationId,
        producer,
        mapper.valueToTree(event));
  }

  public byte[] encode(EventEnvelope envelope) {
    return mapper.writeValueAsBytes(envelope);
  }

  public String encodeToString(EventEnvelope envelope) {
    return mapper.writeValueAsString(envelope);
  }

  /**
   * Reads an envelope.
   *
   * @throws MalformedEventException when the bytes are not an envelope
   */
  public EventEnvelope decode(byte[] bytes) {
    try {
      return mapper.readValue(bytes, EventEnvelope.class);
    } catch (RuntimeException e) {
      throw new MalformedEventException("not an event envelope: " + e.getMessage(), e);
    }
  }

  public EventEnvelope decode(String json) {
    try {
      return mapper.readValue(json, EventEnvelope.class);
    } catch (RuntimeException e) {
      throw new MalformedEventException("not an event envelope: " + e.getMessage(), e);
    }
  }

  /**
   * Binds the envelope's data to the event class its type and version name.
   *
   * @throws MalformedEventException when the data does not fit the contract
   */
  public <T extends IntegrationEvent> T payload(EventEnvelope envelope, Class<T> eventClass) {
    try {
      return mapper.treeToValue(envelope.data(), eventClass);
    } catch (RuntimeException e) {
      throw new MalformedEventException(
          envelope.type() + " " + envelope.eventId() + " does not fit its contract", e);
    }
  }

  /** The event's body as a JSON tree, for contract tests and tools. */
  public JsonNode toTree(Object value) {
    return mapper.valueToTree(value);
  }

  public JsonMapper mapper() {
    return mapper;
  }
}
