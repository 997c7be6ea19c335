package nexus.auth;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The in-memory authorizations, one caller at a time. Spring Authorization Server's default
 * in-memory service iterates its map of logins in progress without holding its lock, so concurrent
 * sign-ins failed now and then with a {@code ConcurrentModificationException} at the token endpoint
 * (seen with 64 applicants signing in at once in the deadline-surge bench). Each call is a map
 * look-up, so serialising them costs nothing noticeable.
 */
final class SerializedAuthorizations implements OAuth2AuthorizationService {

  private final OAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();

  @Override
  public synchronized void save(OAuth2Authorization authorization) {
    delegate.save(authorization);
  }

  @Override
  public synchronized void remove(OAuth2Authorization authorization) {
    delegate.remove(authorization);
  }

  @Override
  public synchronized OAuth2Authorization findById(String id) {
    return delegate.findById(id);
  }

  @Override
  public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
    return delegate.findByToken(token, tokenType);
  }
}
