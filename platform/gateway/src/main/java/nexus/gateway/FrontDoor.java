package nexus.gateway;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what the suite is, and where each signed-in user goes next. */
@Controller
class FrontDoor {

  /** A link on the front door. */
  record Link(String href, String labelKey) {}

  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    if (authentication instanceof OAuth2AuthenticationToken token
        && token.getPrincipal() instanceof OidcUser user) {
      Collection<String> roles = user.getClaimAsStringList("roles");
      model.addAttribute("userName", user.getClaimAsString("name"));
      model.addAttribute("links", linksFor(roles == null ? List.of() : roles));
    }
    return "home";
  }

  /**
   * Where each role goes. An account someone created has no role in its token: it acts for an
   * institution only once intake knows it as a member, so it is sent to register or join one (and
   * to the plans, which say what to do first).
   */
  static List<Link> linksFor(Collection<String> roles) {
    boolean admin = roles.contains("admin");
    List<Link> links = new ArrayList<>();
    if (admin || roles.contains("applicant") || roles.isEmpty()) {
      links.add(new Link("/intake/plans", "home.link.plans"));
      links.add(new Link("/intake/institution", "home.link.institution"));
    }
    if (admin || roles.contains("applicant") || roles.contains("partner")) {
      links.add(new Link("/contract/my/cases", "home.link.cases"));
      links.add(new Link("/reporting/plans", "home.link.duties"));
    }
    if (admin || roles.contains("reviewer")) {
      links.add(new Link("/review/portal", "home.link.portal"));
    }
    if (admin || roles.contains("alumnus")) {
      links.add(new Link("/alumni/me", "home.link.profile"));
      links.add(new Link("/alumni/directory", "home.link.directory"));
    }
    for (String service : List.of("intake", "review", "contract", "reporting", "alumni")) {
      if (admin || roles.contains("staff-" + service)) {
        links.add(new Link("/" + service + "/dashboard", "home.link." + service));
      }
    }
    return links;
  }
}
