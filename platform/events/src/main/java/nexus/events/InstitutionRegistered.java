package nexus.events;

import java.time.Instant;

/**
 * A host institution registered with the program; it acts only once its contact e-mail is verified
 * ({@link InstitutionVerified}). Carries no personal data: the contact address stays in intake.
 *
 * @param institutionId institution id ({@code INST-...})
 * @param nameJa name in Japanese
 * @param nameEn name in English
 * @param type institution type (e.g. {@code UNIVERSITY})
 * @param registeredAt registration instant
 */
@EventType(name = "institution.registered", version = 1)
public record InstitutionRegistered(
    String institutionId, String nameJa, String nameEn, String type, Instant registeredAt)
    implements IntegrationEvent {
  @Override
  public String key() {
    return institutionId;
  }
}
