package nexus.web;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An optional hook of a service: adds what the service knows about the caller to the access token
 * before the authentication is built from it, so that {@link CurrentUser#of} and role checks see
 * the result. Every bean of this type a service has is applied to every request, in their order
 * (e.g. alumni's own and the shared {@code nexus.web.membership} one could both be there).
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
