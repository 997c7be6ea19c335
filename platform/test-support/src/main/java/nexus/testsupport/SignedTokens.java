package nexus.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real signed access tokens, as {@code Authorization} header values ({@code Bearer ...}), so that a
 * request goes through the service's own token decoding and conversion (and so its {@code
 * TokenEnricher}s) — unlike {@link TestUsers}, whose MockMvc {@code jwt()} sets the authentication
 * directly. The service must trust the test key: import {@link Decoder} (harmless to tests that use
 * {@link TestUsers}).
 */
public final class SignedTokens {

  private static final RSAKey KEY = generate();
  private static final NimbusJwtEncoder ENCODER =
      new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));

  private SignedTokens() {}

  /** The service trusts tokens signed with the test key. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Decoder {
    @Bean
    JwtDecoder signedTokensDecoder() throws JOSEException {
      return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
    }
  }

  /**
   * A user as the OIDC server mints an account someone created: subject (their e-mail address),
   * name and e-mail, no role, no institution claim.
   */
  public static String createdAccount(String email) {
    return bearer(
        Map.of("sub", email, "name", "User " + email, "email", email, "roles", List.of()));
  }

  /** The {@code Authorization} header value of a token with exactly these claims. */
  public static String bearer(Map<String, Object> claims) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuedAt(now).expiresAt(now.plusSeconds(600));
    claims.forEach(set::claim);
    String token =
        ENCODER
            .encode(
                JwtEncoderParameters.from(
                    JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build(),
                    set.build()))
            .getTokenValue();
    return "Bearer " + token;
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID("signed-tokens").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
