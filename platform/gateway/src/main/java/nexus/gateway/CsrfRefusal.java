package nexus.gateway;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A state-changing request without this session's CSRF token: 403 as an RFC 9457 problem of its own
 * type ({@link #TYPE}), or a short page saying so where a browser asked for a page, in the caller's
 * language. Its own type tells a refused forgery apart from a role a service denies (which answers
 * {@code about:blank}); any other refusal goes to Spring Security's default handling.
 */
public final class CsrfRefusal implements AccessDeniedHandler {

  /** The problem type of a request refused for its missing or wrong CSRF token. */
  public static final String TYPE = "tag:nexus-exchange.example,2026:problem:csrf";

  private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (!(e instanceof CsrfException)) {
      otherwise.handle(request, response, e);
      return;
    }
    boolean english = English.preferred(request);
    String title = english ? "Form expired or not sent from this site" : "送信を受け付けられません";
    String detail =
        english
            ? "The request came without this session's security token (CSRF); nothing was"
                + " changed. Reload the page and send it again."
            : "このセッションのセキュリティトークン（CSRF）がないため受け付けませんでした。" + "何も変更されていません。ページを再読み込みして、もう一度送信してください。";
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setCharacterEncoding("UTF-8");
    if (wantsPage(request)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\""
                  + (english ? "en" : "ja")
                  + "\"><head><meta charset=\"utf-8\"><meta name=\"problem-type\" content=\""
                  + TYPE
                  + "\"><title>"
                  + title
                  + "</title></head><body><h1>"
                  + title
                  + "</h1><p id=\"csrf-refused\">"
                  + detail
                  + "</p><p><a href=\"/\">NEXUS Exchange</a></p></body></html>");
      return;
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"type\":\""
                + TYPE
                + "\",\"title\":\""
                + title
                + "\",\"status\":403,\"detail\":\""
                + detail
                + "\",\"instance\":\""
                + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}");
  }

  /** A browser posting a form asks for HTML; scripts and API clients ask for JSON. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null
        && accept.contains(MediaType.TEXT_HTML_VALUE)
        && !request.getRequestURI().contains("/api/");
  }
}
