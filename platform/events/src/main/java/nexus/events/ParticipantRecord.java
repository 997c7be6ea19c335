package nexus.events;

/**
 * A participant as the host confirmed them: only what the receiving services need to contact and
 * count them.
 *
 * @param participantId stable participant id (unique within the plan)
 * @param name full name
 * @param email contact e-mail (may be null when the host gave none)
 * @param country country of affiliation, ISO 3166 alpha-2
 * @param affiliation institution of affiliation
 * @param category participant category (e.g. STUDENT, RESEARCHER)
 * @param role {@code PARTICIPANT} or {@code CHAPERONE}
 * @param direction {@code INVITATION} (to Japan) or {@code DISPATCH} (from Japan)
 */
public record ParticipantRecord(
    String participantId,
    String name,
    String email,
    String country,
    String affiliation,
    String category,
    String role,
    String direction) {}
