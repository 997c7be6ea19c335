package nexus.auth;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;

/**
 * Accounts people create themselves: e-mail (the login), name, language and a bcrypt hash, kept in
 * the {@code auth} database. An account signs in only after its address is verified from a
 * single-use link that expires; only a SHA-256 of the link's secret is stored.
 */
class Accounts {

  static final Duration LINK_LIFETIME = Duration.ofHours(24);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-up account. */
  record Account(
      String email, String name, String language, String passwordHash, boolean verified) {}

  /** A sign-up waiting for its e-mail. */
  record Pending(String email, String name, String language, String token, Instant expiresAt) {}

  private final MongoCollection<Document> accounts;
  private final Clock clock;

  Accounts(MongoClient mongo, Clock clock) {
    this.accounts = mongo.getDatabase("auth").getCollection("accounts");
    this.clock = clock;
  }

  /**
   * Creates an unverified account.
   *
   * @return the pending sign-up with the link's secret, or empty when the address is taken
   */
  Optional<Pending> signUp(String email, String name, String language, String passwordHash) {
    String login = normalise(email);
    String token = token();
    Instant expires = clock.instant().plus(LINK_LIFETIME);
    try {
      accounts.insertOne(
          new Document("_id", login)
              .append("name", name.strip())
              .append("language", language)
              .append("passwordHash", passwordHash)
              .append("verified", false)
              .append("tokenHash", sha256(token))
              .append("tokenExpiresAt", Date.from(expires))
              .append("createdAt", Date.from(clock.instant())));
    } catch (MongoWriteException e) {
      if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
        return Optional.empty();
      }
      throw e;
    }
    return Optional.of(new Pending(login, name.strip(), language, token, expires));
  }

  /** Whether the link's account waits for verification and the link has not expired. */
  boolean pending(String token) {
    if (token == null || token.isBlank()) {
      return false;
    }
    return accounts
            .find(
                Filters.and(
                    Filters.eq("tokenHash", sha256(token)),
                    Filters.eq("verified", false),
                    Filters.gt("tokenExpiresAt", Date.from(clock.instant()))))
            .first()
        != null;
  }

  /** Verifies the account of a link once, while it has not expired; the link is then spent. */
  Optional<String> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Document spent =
        accounts.findOneAndUpdate(
            Filters.and(
                Filters.eq("tokenHash", sha256(token)),
                Filters.eq("verified", false),
                Filters.gt("tokenExpiresAt", Date.from(clock.instant()))),
            Updates.combine(
                Updates.set("verified", true),
                Updates.set("verifiedAt", Date.from(clock.instant())),
                Updates.unset("tokenHash"),
                Updates.unset("tokenExpiresAt")));
    return Optional.ofNullable(spent).map(d -> d.getString("_id"));
  }

  Optional<Account> find(String email) {
    Document d = accounts.find(Filters.eq("_id", normalise(email))).first();
    return Optional.ofNullable(d)
        .map(
            a ->
                new Account(
                    a.getString("_id"),
                    a.getString("name"),
                    a.getString("language"),
                    a.getString("passwordHash"),
                    Boolean.TRUE.equals(a.getBoolean("verified"))));
  }

  static String normalise(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
