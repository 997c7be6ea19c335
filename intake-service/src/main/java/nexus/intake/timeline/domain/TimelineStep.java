package nexus.intake.timeline.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a plan's timeline, as an event describes it.
 *
 * @param planIds the plans the step belongs to (one, or every plan a survey campaign asks)
 * @param type the event's wire type, e.g. {@code payment.disbursed}
 * @param occurredAt when the fact happened (the event's own time)
 * @param facts a few facts worth showing, by name (amounts in yen as {@code long})
 */
public record TimelineStep(
    List<String> planIds, String type, Instant occurredAt, Map<String, Object> facts) {

  public TimelineStep {
    planIds = List.copyOf(planIds);
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }
}
