package nexus.intake.institution;

import java.util.ArrayList;
import java.util.List;
import nexus.intake.institution.domain.InstitutionStatus;
import nexus.web.CurrentUser;
import nexus.web.Role;
import nexus.web.TokenEnricher;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Membership is the user's institution: a token without an institution claim, of a member of an
 * active (verified) institution, is seen as if it carried the institution's id and name, the
 * applicant role and the member's verified address. Tokens that carry the claim already (accounts
 * configured at the OIDC provider) are left as they are.
 */
@Component
class MembershipTokens implements TokenEnricher {

  private final InstitutionRepository institutions;

  MembershipTokens(InstitutionRepository institutions) {
    this.institutions = institutions;
  }

  @Override
  public Jwt enrich(Jwt jwt) {
    if (jwt.hasClaim(CurrentUser.INSTITUTION_CLAIM) || jwt.getSubject() == null) {
      return jwt;
    }
    return institutions
        .findFirstByStatusAndMembersSubject(InstitutionStatus.ACTIVE.name(), jwt.getSubject())
        .map(institution -> asMember(jwt, institution))
        .orElse(jwt);
  }

  private static Jwt asMember(Jwt jwt, InstitutionDocument institution) {
    InstitutionDocument.Member member = institution.member(jwt.getSubject()).orElseThrow();
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
              claims.put(CurrentUser.INSTITUTION_CLAIM, institution.id);
              // the Japanese name, as documents are named after it (交流計画書（<機関名>）)
              claims.put(CurrentUser.INSTITUTION_NAME_CLAIM, institution.nameJa);
              claims.put(CurrentUser.ROLES_CLAIM, List.copyOf(roles));
              claims.put(CurrentUser.EMAIL_CLAIM, member.email);
            })
        .build();
  }
}
