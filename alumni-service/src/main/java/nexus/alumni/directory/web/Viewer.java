package nexus.alumni.directory.web;

import nexus.alumni.membership.domain.Audience;
import nexus.web.CurrentUser;
import nexus.web.Role;
import org.springframework.security.core.Authentication;

/** Which audience a signed-in caller belongs to. */
final class Viewer {

  private Viewer() {}

  static Audience audienceOf(Authentication auth) {
    CurrentUser user = CurrentUser.of(auth);
    return user.has(Role.STAFF_ALUMNI) ? Audience.STAFF : Audience.ALUMNI;
  }

  static String subjectOf(Authentication auth) {
    return CurrentUser.of(auth).subject();
  }
}
