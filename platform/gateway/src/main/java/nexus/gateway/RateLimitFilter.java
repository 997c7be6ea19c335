package nexus.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * header and a problem detail, before the request reaches any service; each refusal counts in
 * {@value #REFUSED} with the limit's name as its {@code limit} tag.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

  /** The counter of refusals ({@code nexus_ratelimit_refused_total} in Prometheus). */
  public static final String REFUSED = "nexus.ratelimit.refused";

  private final String limit;
  private final Predicate<HttpServletRequest> applies;
  private final Function<HttpServletRequest, String> key;
  private final RateLimits limits;
  private final Counter refused;

  /**
   * @param limit the limit's name, e.g. {@code submissions}
   * @param applies which requests the limit counts
   * @param key whose budget a request spends (a user, an address)
   * @param limits the budgets
   * @param meters where the refusals are counted
   */
  public RateLimitFilter(
      String limit,
      Predicate<HttpServletRequest> applies,
      Function<HttpServletRequest, String> key,
      RateLimits limits,
      MeterRegistry meters) {
    this.limit = limit;
    this.applies = applies;
    this.key = key;
    this.limits = limits;
    this.refused =
        Counter.builder(REFUSED)
            .description("Requests refused with 429 by a rate limit")
            .tag("limit", limit)
            .register(meters);
  }

  /** One mark per limit: two limits in one chain each see the request (once). */
  @Override
  protected String getAlreadyFilteredAttributeName() {
    return RateLimitFilter.class.getName() + "." + limit + ".FILTERED";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!applies.test(request) || limits.tryAcquire(key.apply(request))) {
      chain.doFilter(request, response);
      return;
    }
    refused.increment();
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
