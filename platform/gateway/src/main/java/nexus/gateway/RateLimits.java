package nexus.gateway;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Resilience4j rate limiter per key (a user, an address), kept for the most recent keys only so
 * that many callers cannot grow memory without bound.
 */
public final class RateLimits {

  private static final int MAX_KEYS = 10_000;

  private final RateLimiterConfig config;
  private final Duration period;
  private final Map<String, RateLimiter> limiters =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
              return size() > MAX_KEYS;
            }
          });

  /** At most {@code limit} calls per {@code period} per key; no waiting for a permit. */
  public RateLimits(int limit, Duration period) {
    this.period = period;
    this.config =
        RateLimiterConfig.custom()
            .limitForPeriod(limit)
            .limitRefreshPeriod(period)
            .timeoutDuration(Duration.ZERO)
            .build();
  }

  /** Whether this key may make one more call now. */
  public boolean tryAcquire(String key) {
    return limiters
        .computeIfAbsent(key, k -> RateLimiter.of("limit-" + k, config))
        .acquirePermission();
  }

  /** Seconds after which a refused caller may try again (the {@code Retry-After} header). */
  public long retryAfterSeconds() {
    return Math.max(1, period.toSeconds());
  }
}
