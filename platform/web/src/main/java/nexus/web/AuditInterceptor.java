package nexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Records every call of an {@link Audited} handler, after it completed, with its status. */
class AuditInterceptor implements HandlerInterceptor {

  private final ObjectProvider<AuditTrail> trail;
  private final Clock clock;

  AuditInterceptor(ObjectProvider<AuditTrail> trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(handler instanceof HandlerMethod method)) {
      return;
    }
    Audited audited = method.getMethodAnnotation(Audited.class);
    if (audited == null) {
      return;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String actor = "anonymous";
    List<String> roles = List.of();
    if (auth instanceof JwtAuthenticationToken token) {
      CurrentUser user = CurrentUser.of(token);
      actor = user.subject();
      roles = user.roles().stream().map(Role::claim).sorted().toList();
    }
    int status = statusOf(response, ex);
    trail
        .getIfAvailable(LoggingAuditTrail::new)
        .record(
            new AuditTrail.Entry(
                clock.instant(),
                actor,
                roles,
                audited.value(),
                subject(request, audited),
                AuditTrail.Entry.outcomeOf(status),
                request.getMethod() + " " + request.getRequestURI() + " " + status));
  }

  /** The status the caller gets: an exception that escaped the handler is answered later. */
  private static int statusOf(HttpServletResponse response, Exception ex) {
    if (ex instanceof AccessDeniedException) {
      return 403;
    }
    if (ex instanceof AuthenticationException) {
      return 401;
    }
    if (ex != null && response.getStatus() < 400) {
      return 500;
    }
    return response.getStatus();
  }

  @SuppressWarnings("unchecked")
  private static String subject(HttpServletRequest request, Audited audited) {
    Object attribute = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Map<String, String> variables =
        attribute instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    if (audited.subject().length > 0) {
      return Arrays.stream(audited.subject())
          .map(name -> String.valueOf(variables.get(name)))
          .collect(Collectors.joining("/"));
    }
    return String.join("/", variables.values());
  }
}
