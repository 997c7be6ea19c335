package nexus.alumni.membership.web;

import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Members;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The member the signed-in login is bound to; 404 when none is. */
@Component
class Me {

  private final Members members;

  Me(Members members) {
    this.members = members;
  }

  MemberDocument of(Authentication authentication) {
    return members
        .bySubject(CurrentUser.of(authentication).subject())
        .orElseThrow(() -> new NotFoundException("alumni profile of this login"));
  }
}
