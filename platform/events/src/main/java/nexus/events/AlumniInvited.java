package nexus.events;

import java.time.Instant;

/**
 * The alumni association invited a member to claim their profile (sent again on request). The
 * address and the single-use claim link stay in alumni-service: its mail consumer mints the link.
 *
 * @param alumnusId alumni member id
 * @param language {@code ja} or {@code en}, the language of the invitation
 * @param invitedAt when the invitation was (re)issued
 */
@EventType(name = "alumni.invited", version = 1)
public record AlumniInvited(String alumnusId, String language, Instant invitedAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return alumnusId;
  }
}
