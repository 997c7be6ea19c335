package nexus.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout needs on every page: the user, their role menu, and the gateway's CSRF
 * token (the gateway checks it on every form post).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

  static final String CSRF_COOKIE = "XSRF-TOKEN";

  /** Set by the gateway on every routed request: the token it will check on the next post. */
  static final String CSRF_HEADER = "X-Nexus-Csrf-Token";

  @ModelAttribute("currentUser")
  CurrentUser currentUser(Authentication authentication) {
    return authentication instanceof JwtAuthenticationToken ? CurrentUser.of(authentication) : null;
  }

  @ModelAttribute("menu")
  List<Menu.Item> menu(Authentication authentication) {
    return authentication instanceof JwtAuthenticationToken
        ? Menu.forUser(CurrentUser.of(authentication))
        : List.of();
  }

  @ModelAttribute("csrfToken")
  String csrfToken(HttpServletRequest request) {
    String fromGateway = request.getHeader(CSRF_HEADER);
    if (fromGateway != null && !fromGateway.isBlank()) {
      return fromGateway;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return "";
    }
    for (Cookie cookie : cookies) {
      if (CSRF_COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return "";
  }
}
