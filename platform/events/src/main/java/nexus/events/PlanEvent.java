package nexus.events;

/** An event about one exchange plan, keyed by the plan id. */
public interface PlanEvent extends IntegrationEvent {

  /** The plan the event is about. */
  String planId();

  @Override
  default String key() {
    return planId();
  }
}
