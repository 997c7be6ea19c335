package nexus.alumni.support;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real signed access tokens, sent as {@code Authorization: Bearer}, so that a request goes through
 * the service's own token decoding and conversion (and so its {@code TokenEnricher}) — unlike
 * MockMvc's {@code jwt()}, which sets the authentication directly. Import {@link Decoder}.
 */
public final class TestTokens {

  private static final RSAKey KEY = generate();
  private static final NimbusJwtEncoder ENCODER =
      new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));

  private TestTokens() {}

  /** The service trusts tokens signed with the test key. */
  @TestConfiguration
  public static class Decoder {
    @Bean
    JwtDecoder testJwtDecoder() throws Exception {
      return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
    }
  }

  /** A user as the OIDC provider knows them: no institution claim, no role. */
  public static RequestPostProcessor user(String subject, String email) {
    return bearer(
        Map.of("sub", subject, "name", "User " + subject, "email", email, "roles", List.of()));
  }

  /** A token with exactly these claims. */
  public static RequestPostProcessor bearer(Map<String, Object> claims) {
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
    return request -> {
      request.addHeader("Authorization", "Bearer " + token);
      return request;
    };
  }

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID("test-key").generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
