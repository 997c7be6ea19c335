package nexus.events;

import java.time.Instant;

/**
 * A verification link for an institution's contact e-mail is to be sent (at registration and on
 * each request for a new link). Neither the address nor the link travels: intake's mail sender
 * reads the address and mints the single-use link when it sends.
 *
 * @param institutionId institution id
 * @param requestedAt when the link was asked for
 */
@EventType(name = "institution.verification-requested", version = 1)
public record InstitutionVerificationRequested(String institutionId, Instant requestedAt)
    implements IntegrationEvent {
  @Override
  public String key() {
    return institutionId;
  }
}
