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

  static List<Link> linksFor(Collection<String> roles) {
    boolean admin = roles.contains("admin");
    List<Link> links = new ArrayList<>();
    if (admin || roles.contains("applicant")) {
      links.add(new Link("/intake/plans", "home.link.plans"));
    }
    for (String service : List.of("intake", "review", "contract", "reporting", "alumni")) {
      if (admin || roles.contains("staff-" + service)) {
        links.add(new Link("/" + service + "/dashboard", "home.link." + service));
      }
    }
    return links;
  }
}
