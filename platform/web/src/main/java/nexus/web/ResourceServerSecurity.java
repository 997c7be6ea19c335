package nexus.web;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is a stateless OAuth2 resource server: each request carries the access token the
 * gateway relayed. CSRF is enforced at the gateway, which holds the browser session; a service
 * accepts no cookie-authenticated request, so there is nothing to forge here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ResourceServerSecurity {

  /**
   * Paths anyone may call: health for orchestrators, metrics for Prometheus, API docs, and each
   * service's {@code /public/**} pages (public catalogues, personal links that carry their own
   * unguessable token). A controller under {@code /public} checks that token itself.
   */
  static final String[] PUBLIC_PATHS = {
    "/public/**",
    "/actuator/health/**",
    "/actuator/info",
    "/actuator/prometheus",
    "/v3/api-docs/**",
    "/css/**",
    "/error"
  };

  private static final String[] ALL_STAFF = {
    "admin", "staff-intake", "staff-review", "staff-contract", "staff-reporting", "staff-alumni"
  };

  @Bean
  @ConditionalOnMissingBean(SecurityFilterChain.class)
  SecurityFilterChain resourceServer(
      HttpSecurity http,
      ProblemAuthenticationEntryPoint problems,
      ObjectProvider<TokenEnricher> enricher,
      @Value("${nexus.web.staff-role:}") String staffRole)
      throws Exception {
    // operations pages (dead letters, with event payloads) belong to the service's own staff
    String[] opsRoles = staffRole.isBlank() ? ALL_STAFF : new String[] {"admin", staffRole};
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/api/ops/**", "/ops/**")
                    .hasAnyRole(opsRoles)
                    .anyRequest()
                    .authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .oauth2ResourceServer(
            rs ->
                rs.authenticationEntryPoint(problems)
                    .jwt(
                        jwt ->
                            jwt.jwtAuthenticationConverter(
                                rolesConverter(
                                    enricher
                                        .orderedStream()
                                        .reduce(token -> token, ResourceServerSecurity::then)))));
    return http.build();
  }

  /** One enricher after the other: each sees what the one before added. */
  static TokenEnricher then(TokenEnricher first, TokenEnricher second) {
    return token -> second.enrich(first.enrich(token));
  }

  /** Maps the {@code roles} claim to {@code ROLE_<role>} authorities. */
  static Converter<Jwt, AbstractAuthenticationToken> rolesConverter() {
    return rolesConverter(token -> token);
  }

  /**
   * Maps the {@code roles} claim to {@code ROLE_<role>} authorities, after the service's {@link
   * TokenEnricher} added what it knows about the caller.
   */
  static Converter<Jwt, AbstractAuthenticationToken> rolesConverter(TokenEnricher enricher) {
    return original -> {
      Jwt jwt = enricher.enrich(original);
      List<String> roles = jwt.getClaimAsStringList(CurrentUser.ROLES_CLAIM);
      Collection<GrantedAuthority> authorities =
          roles == null
              ? List.of()
              : roles.stream()
                  .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                  .toList();
      return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    };
  }
}
