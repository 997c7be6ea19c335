package nexus.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan's exchange is complete: outcome report accepted and settlement done. Emitted once per
 * plan.
 *
 * @param planId plan id
 * @param callId call id
 * @param participantIds ids of the participants
 * @param completedAt completion instant
 * @param course course code (null in events recorded before it was carried)
 * @param field research field
 * @param hostInstitutionId host institution id
 * @param hostInstitutionName host institution name
 * @param counterparts counterpart institutions with their countries
 * @param exchangeStart first day of the exchange
 * @param exchangeEnd last day of the exchange
 * @param participants the participants with contact data (empty in events recorded before they were
 *     carried)
 */
@EventType(name = "exchange.completed", version = 1)
public record ExchangeCompleted(
    String planId,
    String callId,
    List<String> participantIds,
    Instant completedAt,
    String course,
    String field,
    String hostInstitutionId,
    String hostInstitutionName,
    List<PlanSnapshot.Counterpart> counterparts,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<ParticipantRecord> participants)
    implements PlanEvent {

  /** A completion as recorded before plan details and participants were carried. */
  public ExchangeCompleted(
      String planId, String callId, List<String> participantIds, Instant completedAt) {
    this(
        planId,
        callId,
        participantIds,
        completedAt,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        List.of());
  }

  /** Defensive copies keep the event immutable. */
  public ExchangeCompleted {
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
