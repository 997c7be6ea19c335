package nexus.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over a limit before anything reads them (413, as a problem): a JSON or
 * form body of megabytes of text is an attack or a mistake, never a plan. Multipart uploads have
 * their own limit ({@code spring.servlet.multipart.*}) and are left to it.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final MessageSource messages;
  private final JsonMapper json = JsonMapper.builder().build();

  public RequestSizeLimit(long maxBytes, MessageSource messages) {
    this.maxBytes = maxBytes;
    this.messages = messages;
  }

  /** Thrown while reading a body without a declared length that turns out too long. */
  public static final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      refuse(response);
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request) : request, response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            messages.getMessage(
                "problem.too-large.detail", new Object[] {maxBytes / 1024}, locale));
    problem.setTitle(messages.getMessage("problem.too-large.title", null, locale));
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    // the rest of the body is not read: the connection is closed after the answer
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }

  /** A body of unknown length, cut off at the limit. */
  private final class Limited extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              private void count(int n) throws BodyTooLargeException {
                read += n;
                if (read > maxBytes) {
                  throw new BodyTooLargeException(maxBytes);
                }
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
