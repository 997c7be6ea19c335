package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * The host submitted the confirmed participant list.
 *
 * @param planId plan id
 * @param participantIds ids of the confirmed participants
 * @param submittedAt submission instant
 * @param callId call id (null in events recorded before it was carried)
 * @param participants the participants with contact data (empty in events recorded before they were
 *     carried)
 */
@EventType(name = "participant-list.submitted", version = 1)
public record ParticipantListSubmitted(
    String planId,
    List<String> participantIds,
    Instant submittedAt,
    String callId,
    List<ParticipantRecord> participants)
    implements PlanEvent {

  /** A list as recorded before call and participants were carried. */
  public ParticipantListSubmitted(String planId, List<String> participantIds, Instant submittedAt) {
    this(planId, participantIds, submittedAt, null, List.of());
  }

  /** Defensive copies keep the event immutable. */
  public ParticipantListSubmitted {
    participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    participants = participants == null ? List.of() : List.copyOf(participants);
  }
}
