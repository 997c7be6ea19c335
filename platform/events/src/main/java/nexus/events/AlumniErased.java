package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * A member left the alumni network and asked for erasure: every service drops or anonymises its
 * copies of this person's personal data (statistics keep anonymous counts only).
 *
 * @param alumnusId the alumni member id
 * @param participants the plans and participant ids the member was known by (plan id and the
 *     participant id reporting gave them), so each service can find its copies
 * @param erasedAt erasure instant
 */
@EventType(name = "alumni.erased", version = 1)
public record AlumniErased(String alumnusId, List<PlanParticipant> participants, Instant erasedAt)
    implements IntegrationEvent {

  /** Defensive copies keep the event immutable. */
  public AlumniErased {
    participants = participants == null ? List.of() : List.copyOf(participants);
  }

  @Override
  public String key() {
    return alumnusId;
  }

  /**
   * One exchange the member took part in.
   *
   * @param planId plan id
   * @param participantId the participant id within that plan
   */
  public record PlanParticipant(String planId, String participantId) {}
}
