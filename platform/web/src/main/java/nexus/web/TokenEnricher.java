package nexus.web;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An optional hook of a service: adds what the service knows about the caller to the access token
 * before the authentication is built from it, so that {@link CurrentUser#of} and role checks see
 * the result. A service that defines one bean of this type gets it applied to every request.
 */
@FunctionalInterface
public interface TokenEnricher {

  /**
   * The token as the service should see it; the token itself when there is nothing to add.
   *
   * @param jwt the verified access token
   */
  Jwt enrich(Jwt jwt);
}
