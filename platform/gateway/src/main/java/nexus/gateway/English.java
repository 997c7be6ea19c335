package nexus.gateway;

import jakarta.servlet.http.HttpServletRequest;

/** The gateway's own answers are Japanese unless the request prefers English. */
final class English {

  private English() {}

  /**
   * Whether the request's {@code Accept-Language} puts English first. Without the header the answer
   * is Japanese: the servlet container would otherwise fall back on the server's locale.
   */
  static boolean preferred(HttpServletRequest request) {
    return request.getHeader("Accept-Language") != null
        && "en".equals(request.getLocale().getLanguage());
  }
}
