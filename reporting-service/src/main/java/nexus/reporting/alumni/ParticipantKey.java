package nexus.reporting.alumni;

/**
 * A participant of a plan, as reporting gave them their id.
 *
 * @param planId plan id
 * @param participantId participant id within the plan
 */
public record ParticipantKey(String planId, String participantId) {

  String id() {
    return AlumniContactDocument.idOf(planId, participantId);
  }
}
