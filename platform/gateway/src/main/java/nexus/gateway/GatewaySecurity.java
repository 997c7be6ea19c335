package nexus.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login once at the gateway (OIDC authorization code), a server-side session for the browser, and
 * CSRF protection for every state-changing request: the token sits in the {@code XSRF-TOKEN}
 * cookie, which the services' pages echo back as the {@code _csrf} form field.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

  /** Submitting a draft, from the wizard's last step or through the API. */
  private static final java.util.regex.Pattern SUBMIT =
      java.util.regex.Pattern.compile("/intake/(api/drafts|plans)/[^/]+/submit");

  /** Health and metrics on the management port, when it has one (compose). */
  @Bean
  @Order(ManagementPort.ORDER)
  @ConditionalOnProperty("management.server.port")
  SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
    return ManagementPort.chain(http, environment);
  }

  @Bean
  @Order(ManagementPort.ORDER + 1)
  SecurityFilterChain gateway(
      HttpSecurity http,
      ClientRegistrationRepository registrations,
      MeterRegistry meters,
      @Value("${nexus.gateway.rate-limits.submissions-per-minute:20}") int submissionsPerMinute)
      throws Exception {
    // deadline-day protection: plan submissions per signed-in user
    RateLimitFilter submissions =
        new RateLimitFilter(
            "submissions",
            request ->
                "POST".equals(request.getMethod())
                    && SUBMIT.matcher(request.getRequestURI()).matches(),
            request ->
                request.getUserPrincipal() == null
                    ? "anonymous:" + request.getRemoteAddr()
                    : request.getUserPrincipal().getName(),
            new RateLimits(submissionsPerMinute, Duration.ofMinutes(1)),
            meters);
    OidcClientInitiatedLogoutSuccessHandler logout =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    logout.setPostLogoutRedirectUri("{baseUrl}/");
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/css/**",
                        "/favicon.ico",
                        "/actuator/health/**",
                        "/error",
                        // each service's public pages: catalogues and personal links
                        "/*/public/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(Customizer.withDefaults())
        .oauth2Client(Customizer.withDefaults())
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new ApiEntryPoint(),
                        PathPatternRequestMatcher.withDefaults().matcher("/*/api/**"))
                    .accessDeniedHandler(new CsrfRefusal()))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .addFilterAfter(submissions, AuthorizationFilter.class)
        .logout(l -> l.logoutSuccessHandler(logout));
    return http.build();
  }

  /**
   * Loads the (deferred) CSRF token on every request, so the {@code XSRF-TOKEN} cookie is there for
   * the services' pages before the browser posts its first form.
   */
  static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
