package nexus.alumni.bridge;

import java.util.List;
import nexus.alumni.membership.AccessLog;
import nexus.alumni.membership.Members;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's bridge suggestions (the suggested members are in the access log). */
@RestController
@PreAuthorize("hasRole('alumnus')")
class BridgeApi {

  private final Bridges bridges;
  private final Members members;
  private final AccessLog accessLog;

  BridgeApi(Bridges bridges, Members members, AccessLog accessLog) {
    this.bridges = bridges;
    this.members = members;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/me/bridges")
  List<Bridges.Bridge> mine(Authentication auth) {
    String subject = CurrentUser.of(auth).subject();
    List<Bridges.Bridge> suggested =
        bridges.suggest(
            members
                .bySubject(subject)
                .orElseThrow(() -> new NotFoundException("alumni profile of this login")),
            LocaleContextHolder.getLocale(),
            20);
    accessLog.listed(
        subject, suggested.stream().map(Bridges.Bridge::memberId).toList(), "bridges-api");
    return suggested;
  }
}
