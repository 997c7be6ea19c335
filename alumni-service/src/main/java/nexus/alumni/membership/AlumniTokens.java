package nexus.alumni.membership;

import java.util.ArrayList;
import java.util.List;
import nexus.web.CurrentUser;
import nexus.web.Role;
import nexus.web.TokenEnricher;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * A login bound to a member at claim is seen with the {@code alumnus} role, whether or not the auth
 * server put it in the token (a login that existed before the claim, e.g. a PI's).
 */
@Component
class AlumniTokens implements TokenEnricher {

  private final Members members;

  AlumniTokens(Members members) {
    this.members = members;
  }

  @Override
  public Jwt enrich(Jwt jwt) {
    List<String> roles = jwt.getClaimAsStringList(CurrentUser.ROLES_CLAIM);
    if (roles != null && roles.contains(Role.ALUMNUS.claim())) {
      return jwt;
    }
    if (members.bySubject(jwt.getSubject()).isEmpty()) {
      return jwt;
    }
    List<String> all = new ArrayList<>(roles == null ? List.of() : roles);
    all.add(Role.ALUMNUS.claim());
    return Jwt.withTokenValue(jwt.getTokenValue())
        .headers(h -> h.putAll(jwt.getHeaders()))
        .claims(
            c -> {
              c.putAll(jwt.getClaims());
              c.put(CurrentUser.ROLES_CLAIM, List.copyOf(all));
            })
        .build();
  }
}
