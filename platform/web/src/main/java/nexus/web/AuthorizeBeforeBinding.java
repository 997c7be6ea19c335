package nexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a handler's {@code @PreAuthorize} role rule before its arguments are bound and validated,
 * so that a user without the role gets 403 whatever they send — not a 400 that tells them how the
 * body should look. Method security still checks again when the handler runs; a rule that needs the
 * arguments is left to it.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

  private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    AuthorizationResult result;
    try {
      result =
          rules.authorize(
              () -> SecurityContextHolder.getContext().getAuthentication(),
              new SimpleMethodInvocation(
                  method.getBean(),
                  method.getMethod(),
                  new Object[method.getMethod().getParameterCount()]));
    } catch (RuntimeException needsTheArguments) {
      return true;
    }
    if (result != null && !result.isGranted()) {
      throw new AccessDeniedException("access denied");
    }
    return true;
  }
}
