package nexus.events;

import java.time.Instant;

/**
 * Institution staff invited someone to join as PI or staff (recorded again when they resend the
 * invitation). The invitee's address and the single-use link stay in intake.
 *
 * @param institutionId institution id
 * @param invitationId invitation id
 * @param role {@code PI} or {@code STAFF}
 * @param invitedAt when the invitation was (re)sent
 */
@EventType(name = "member.invited", version = 1)
public record MemberInvited(
    String institutionId, String invitationId, String role, Instant invitedAt)
    implements IntegrationEvent {
  @Override
  public String key() {
    return institutionId;
  }
}
