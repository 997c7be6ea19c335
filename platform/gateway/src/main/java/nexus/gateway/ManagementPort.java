package nexus.gateway;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The actuator on a port of its own ({@code management.server.port}, set by the compose profile):
 * health and Prometheus metrics answer there without a session, so that the orchestrator and a
 * Prometheus on the internal network can read them, while the public port keeps asking for a
 * sign-in. The port is never published outside that network (see {@code docker-compose.yml}).
 *
 * <p>Spring Boot runs the management server in a child context that shares the application's filter
 * chains; this one matches only requests that arrived on the management server's own port ({@code
 * local.management.port}, known once it listens), so the same paths on the public port fall through
 * to the application's chains.
 */
public final class ManagementPort {

  /** Ahead of every other chain of the application. */
  public static final int ORDER = 0;

  private ManagementPort() {}

  /** The chain for the management server's port: everything there is open and stateless. */
  public static SecurityFilterChain chain(HttpSecurity http, Environment environment)
      throws Exception {
    return http.securityMatcher(onManagementPort(environment))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .build();
  }

  static RequestMatcher onManagementPort(Environment environment) {
    return (HttpServletRequest request) -> {
      String port = environment.getProperty("local.management.port");
      return port != null && port.equals(Integer.toString(request.getLocalPort()));
    };
  }
}
