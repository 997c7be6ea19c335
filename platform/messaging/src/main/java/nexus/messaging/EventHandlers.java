package nexus.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nexus.events.EventCatalog;
import nexus.events.EventEnvelope;
import nexus.events.EventType;
import nexus.events.IntegrationEvent;

/** What a service does with each event type it consumes; other types are ignored. */
public final class EventHandlers {

  /** Applies one event. Handlers should write idempotently (upserts keyed by aggregate id). */
  @FunctionalInterface
  public interface Handler<T extends IntegrationEvent> {
    void handle(T event, EventEnvelope envelope);
  }

  record Registration<T extends IntegrationEvent>(Class<T> eventClass, Handler<T> handler) {}

  private final Map<String, Registration<?>> byWireType;

  private EventHandlers(Map<String, Registration<?>> byWireType) {
    this.byWireType = Map.copyOf(byWireType);
  }

  public static Builder builder() {
    return new Builder();
  }

  Optional<Registration<?>> find(String type, int version) {
    return Optional.ofNullable(byWireType.get(type + ":" + version));
  }

  /** Collects handlers, one per event type and version. */
  public static final class Builder {
    private final Map<String, Registration<?>> handlers = new HashMap<>();

    public <T extends IntegrationEvent> Builder on(Class<T> eventClass, Handler<T> handler) {
      EventType type = EventCatalog.typeOf(eventClass);
      if (handlers.putIfAbsent(
              type.name() + ":" + type.version(), new Registration<>(eventClass, handler))
          != null) {
        throw new IllegalStateException("two handlers for " + type.name());
      }
      return this;
    }

    public EventHandlers build() {
      return new EventHandlers(handlers);
    }
  }
}
