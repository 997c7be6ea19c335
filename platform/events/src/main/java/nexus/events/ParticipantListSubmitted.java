package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * The host submitted the participant list.
 *
 * @param planId plan id
 * @param participantIds pseudonymous participant ids
 * @param submittedAt submission instant
 */
@EventType(name = "participant-list.submitted", version = 1)
public record ParticipantListSubmitted(
    String planId, List<String> participantIds, Instant submittedAt) implements PlanEvent {
  /** Defensive copies keep the event immutable. */
  public ParticipantListSubmitted {
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
  }
}
