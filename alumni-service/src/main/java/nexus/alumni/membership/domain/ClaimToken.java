package nexus.alumni.membership.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a single-use claim link. Only its SHA-256 hash is stored; the token itself exists
 * in the invitation e-mail alone.
 *
 * @param token the secret, URL-safe (256 random bits)
 * @param hash what is stored to recognise it
 * @param expiresAt when the link stops working
 */
public record ClaimToken(String token, String hash, Instant expiresAt) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A fresh token valid for {@code validity} from {@code now}. */
  public static ClaimToken issue(Instant now, Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new ClaimToken(token, hash(token), now.plus(validity));
  }

  /** The stored form of a token (or of any other key kept only to be recognised). */
  public static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  @Override
  public String toString() {
    return "ClaimToken[hash=" + hash + ", expiresAt=" + expiresAt + "]";
  }
}
