package nexus.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * API calls without a session get a 401 problem detail (RFC 9457) instead of a redirect to the
 * login page, in the caller's language (Japanese unless the request prefers English).
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean english = English.preferred(request);
    String title = english ? "Not signed in" : "ログインしていません";
    String detail = english ? "Sign in at the gateway first." : "ゲートウェイでログインしてください。";
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":401,\"detail\":\""
                + detail
                + "\"}");
  }
}
