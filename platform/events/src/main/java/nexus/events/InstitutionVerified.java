package nexus.events;

import java.time.Instant;

/**
 * An institution's contact e-mail was verified: the institution is active and its members may draft
 * plans.
 *
 * @param institutionId institution id
 * @param verifiedAt verification instant
 */
@EventType(name = "institution.verified", version = 1)
public record InstitutionVerified(String institutionId, Instant verifiedAt)
    implements IntegrationEvent {
  @Override
  public String key() {
    return institutionId;
  }
}
