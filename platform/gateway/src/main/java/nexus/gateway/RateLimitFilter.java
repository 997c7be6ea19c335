package nexus.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a caller that goes over its limit with 429 Too Many Requests, a {@code Retry-After}
 * header and a problem detail, before the request reaches any service.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

  private final Predicate<HttpServletRequest> applies;
  private final Function<HttpServletRequest, String> key;
  private final RateLimits limits;

  public RateLimitFilter(
      Predicate<HttpServletRequest> applies,
      Function<HttpServletRequest, String> key,
      RateLimits limits) {
    this.applies = applies;
    this.key = key;
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!applies.test(request) || limits.tryAcquire(key.apply(request))) {
      chain.doFilter(request, response);
      return;
    }
    long retryAfter = limits.retryAfterSeconds();
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(retryAfter));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Too many requests / リクエストが多すぎます\","
                + "\"status\":429,\"detail\":\"Try again in "
                + retryAfter
                + " s / "
                + retryAfter
                + "秒後に再度お試しください\"}");
  }
}
