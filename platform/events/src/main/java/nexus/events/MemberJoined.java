package nexus.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A user acts for an active (verified) host institution from now on: published when the
 * institution's contact address is verified, for the members it has then (its registrant), and when
 * an invitee accepts (invitations exist only for active institutions). The services that authorise
 * by institution keep a copy, so that a login without an institution claim (an account someone
 * created) is seen as a member there too. The login itself stays in intake: the event carries only
 * its {@link #subjectKey(String) key}.
 *
 * @param institutionId institution id
 * @param memberId the membership's id in intake ({@code M-...}): one per person and institution
 * @param subjectKey {@link #subjectKey(String)} of the member's login (token {@code sub})
 * @param role {@code PI} or {@code STAFF}
 * @param institutionName the institution's name in Japanese (as in the token's claim)
 * @param institutionType the institution's type (e.g. {@code TECHNICAL_COLLEGE})
 * @param joinedAt when the membership took effect (verification or acceptance)
 */
@EventType(name = "member.joined", version = 1)
public record MemberJoined(
    String institutionId,
    String memberId,
    String subjectKey,
    String role,
    String institutionName,
    String institutionType,
    Instant joinedAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return institutionId;
  }

  /**
   * The key of a login subject on the topic: SHA-256 (hex) of {@code "nexus-member:" + subject}. A
   * created account's subject is its e-mail address, which must not travel on a topic; the key
   * still lets a service recognise the member's token. (A guessed address can be confirmed against
   * it: the topics are the suite's own, not public.)
   */
  public static String subjectKey(String subject) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(("nexus-member:" + subject).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
