package nexus.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the access token the gateway relayed.
 *
 * @param subject stable user id (the token's {@code sub})
 * @param name display name
 * @param institutionId the user's institution, for applicants and partners; null otherwise
 * @param institutionName the institution's name, if any
 * @param roles the user's roles
 * @param email the user's e-mail address (the token's {@code email} claim), if known
 */
public record CurrentUser(
    String subject,
    String name,
    String institutionId,
    String institutionName,
    Set<Role> roles,
    String email) {

  /** A user whose e-mail address is not known. */
  public CurrentUser(
      String subject, String name, String institutionId, String institutionName, Set<Role> roles) {
    this(subject, name, institutionId, institutionName, roles, null);
  }

  public static final String INSTITUTION_CLAIM = "institution_id";
  public static final String INSTITUTION_NAME_CLAIM = "institution_name";
  public static final String ROLES_CLAIM = "roles";
  public static final String EMAIL_CLAIM = "email";

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /** The current user from a JWT authentication. */
  public static CurrentUser of(Authentication authentication) {
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      throw new IllegalStateException("not a token-authenticated request");
    }
    Jwt jwt = token.getToken();
    List<String> claims = jwt.getClaimAsStringList(ROLES_CLAIM);
    Set<Role> roles =
        claims == null
            ? Set.of()
            : claims.stream()
                .map(Role::fromClaim)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    String name = jwt.getClaimAsString("name");
    return new CurrentUser(
        jwt.getSubject(),
        name == null ? jwt.getSubject() : name,
        jwt.getClaimAsString(INSTITUTION_CLAIM),
        jwt.getClaimAsString(INSTITUTION_NAME_CLAIM),
        roles,
        jwt.getClaimAsString(EMAIL_CLAIM));
  }
}
