package nexus.intake.institution;

import java.time.Instant;

/**
 * An e-mail carrying a single-use link, as the mail sender needs it. The token is in memory only:
 * the institution's document keeps its hash.
 *
 * @param to recipient address
 * @param language {@code ja} or {@code en}
 * @param institutionNameJa the institution's Japanese name
 * @param institutionNameEn its English name
 * @param role the role offered (invitations), null for a verification
 * @param token the link's secret
 * @param expiresAt when the link stops working
 */
public record LinkMail(
    String to,
    String language,
    String institutionNameJa,
    String institutionNameEn,
    String role,
    String token,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "LinkMail[to=" + to + ", role=" + role + ", expiresAt=" + expiresAt + "]";
  }
}
