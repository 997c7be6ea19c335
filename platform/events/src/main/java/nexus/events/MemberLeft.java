package nexus.events;

import java.time.Instant;

/**
 * A member no longer acts for the institution: institution staff removed them. Ends what {@link
 * MemberJoined} with the same member id began.
 *
 * @param institutionId institution id
 * @param memberId the membership's id in intake
 * @param subjectKey {@link MemberJoined#subjectKey(String)} of the member's login
 * @param leftAt when the member was removed
 */
@EventType(name = "member.left", version = 1)
public record MemberLeft(String institutionId, String memberId, String subjectKey, Instant leftAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return institutionId;
  }
}
