package nexus.web.membership;

import java.util.ArrayList;
import java.util.List;
import nexus.web.CurrentUser;
import nexus.web.Role;
import nexus.web.TokenEnricher;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token without an institution claim, of a current member in this service's copy, is seen as
 * carrying the institution's id and name and the applicant role — what intake's own enricher adds,
 * save the verified address, which stays in intake. Tokens that carry the claim (configured and
 * demo accounts) are left as they are.
 */
public class MembershipTokens implements TokenEnricher {

  private final InstitutionMembers members;

  public MembershipTokens(InstitutionMembers members) {
    this.members = members;
  }

  @Override
  public Jwt enrich(Jwt jwt) {
    if (jwt.hasClaim(CurrentUser.INSTITUTION_CLAIM) || jwt.getSubject() == null) {
      return jwt;
    }
    return members.of(jwt.getSubject()).map(m -> asMember(jwt, m)).orElse(jwt);
  }

  private static Jwt asMember(Jwt jwt, Membership membership) {
    List<String> roles = new ArrayList<>();
    List<String> claimed = jwt.getClaimAsStringList(CurrentUser.ROLES_CLAIM);
    if (claimed != null) {
      roles.addAll(claimed);
    }
    if (!roles.contains(Role.APPLICANT.claim())) {
      roles.add(Role.APPLICANT.claim());
    }
    return Jwt.withTokenValue(jwt.getTokenValue())
        .headers(headers -> headers.putAll(jwt.getHeaders()))
        .claims(
            claims -> {
              claims.putAll(jwt.getClaims());
              claims.put(CurrentUser.INSTITUTION_CLAIM, membership.institutionId());
              claims.put(CurrentUser.INSTITUTION_NAME_CLAIM, membership.institutionName());
              claims.put(CurrentUser.ROLES_CLAIM, List.copyOf(roles));
            })
        .build();
  }
}
