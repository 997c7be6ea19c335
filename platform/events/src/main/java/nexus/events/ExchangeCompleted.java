package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * A plan's exchange ended and was closed.
 *
 * @param planId plan id
 * @param callId call id
 * @param participantIds pseudonymous participant ids
 * @param completedAt completion instant
 */
@EventType(name = "exchange.completed", version = 1)
public record ExchangeCompleted(
    String planId, String callId, List<String> participantIds, Instant completedAt)
    implements PlanEvent {
  /** Defensive copies keep the event immutable. */
  public ExchangeCompleted {
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
  }
}
