package nexus.events;

/**
 * A fact one service publishes for the others. Implementations are immutable records annotated with
 * {@link EventType}, each with a JSON Schema under {@code nexus/events/schemas}.
 */
public interface IntegrationEvent {

  /**
   * The Kafka record key, so that one aggregate's events stay in order on one partition: the plan
   * id for plan events (see {@link PlanEvent}), the call or campaign id otherwise.
   */
  String key();
}
