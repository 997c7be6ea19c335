package nexus.alumni.bridge;

import java.util.List;
import nexus.alumni.membership.Members;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's bridge suggestions. */
@RestController
@PreAuthorize("hasRole('alumnus')")
class BridgeApi {

  private final Bridges bridges;
  private final Members members;

  BridgeApi(Bridges bridges, Members members) {
    this.bridges = bridges;
    this.members = members;
  }

  @GetMapping("/api/me/bridges")
  List<Bridges.Bridge> mine(Authentication auth) {
    return bridges.suggest(
        members
            .bySubject(CurrentUser.of(auth).subject())
            .orElseThrow(() -> new NotFoundException("alumni profile of this login")),
        LocaleContextHolder.getLocale(),
        20);
  }
}
