package nexus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/** 401 and 403 as RFC 9457 problem details, in the caller's language. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final MessageSource messages;
  private final LocaleResolver locales;

  ProblemAuthenticationEntryPoint(MessageSource messages, LocaleResolver locales) {
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String title = messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale);
    String detail = messages.getMessage(key + ".detail", null, "", locale);
    response.setStatus(status.value());
    if (wantsPage(request)) {
      writePage(response, locale, title, detail);
      return;
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":"
                + Json.quote(title)
                + ",\"status\":"
                + status.value()
                + ",\"detail\":"
                + Json.quote(detail)
                + ",\"instance\":"
                + Json.quote(request.getRequestURI())
                + "}");
  }

  /** A browser following a link asks for HTML first; API clients ask for JSON. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null
        && accept.contains(MediaType.TEXT_HTML_VALUE)
        && !request.getRequestURI().startsWith("/api/");
  }

  private static void writePage(
      HttpServletResponse response, Locale locale, String title, String detail) throws IOException {
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + HtmlUtils.htmlEscape(locale.getLanguage())
                + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title)
                + "</title></head><body><h1>"
                + HtmlUtils.htmlEscape(title)
                + "</h1><p>"
                + HtmlUtils.htmlEscape(detail)
                + "</p><p><a href=\"/\">NEXUS Exchange</a></p></body></html>");
  }

  /** Minimal JSON string quoting for the fixed fields above. */
  static final class Json {
    private Json() {}

    static String quote(String s) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.append('"').toString();
    }
  }
}
