package nexus.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import nexus.gateway.CsrfRefusal;
import nexus.gateway.ManagementPort;
import nexus.gateway.RateLimitFilter;
import nexus.gateway.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Authorization-server endpoints, the login form, the gateway as the one client, signing keys. */
@Configuration(proxyBeanMethods = false)
class AuthServerSecurity {

  /** Health and metrics on the management port, when it has one (compose). */
  @Bean
  @Order(ManagementPort.ORDER)
  @ConditionalOnProperty("management.server.port")
  SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
    return ManagementPort.chain(http, environment);
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
    http.oauth2AuthorizationServer(
            as -> {
              http.securityMatcher(as.getEndpointsMatcher());
              as.oidc(Customizer.withDefaults());
            })
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain signInChain(
      HttpSecurity http,
      MeterRegistry meters,
      @Value("${nexus.auth.rate-limits.logins-per-minute:10}") int loginsPerMinute,
      @Value("${nexus.auth.rate-limits.logins-per-address-per-minute:30}") int loginsPerAddress)
      throws Exception {
    // password guessing: sign-in attempts per address (many user names from one place), and per
    // user name and address (one account, without letting others lock it out from elsewhere). The
    // address is the client's as a trusted proxy tells it (server.tomcat.remoteip).
    Predicate<HttpServletRequest> signIn =
        request -> "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI());
    Duration minute = Duration.ofMinutes(1);
    http.addFilterBefore(
        new RateLimitFilter(
            "logins-per-address",
            signIn,
            HttpServletRequest::getRemoteAddr,
            new RateLimits(loginsPerAddress, minute),
            meters),
        UsernamePasswordAuthenticationFilter.class);
    http.addFilterBefore(
        new RateLimitFilter(
            "logins-per-user",
            signIn,
            request -> request.getParameter("username") + "@" + request.getRemoteAddr(),
            new RateLimits(loginsPerMinute, minute),
            meters),
        UsernamePasswordAuthenticationFilter.class);
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/actuator/health/**", "/error", "/login", "/signup", "/signup/verify")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .exceptionHandling(e -> e.accessDeniedHandler(new CsrfRefusal()));
    return http.build();
  }

  /** Passwords of signed-up accounts: bcrypt, with the {id} prefix of the configured ones. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** The sign-in and sign-up pages in the visitor's language ({@code ?lang=en} switches). */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("NEXUS_LANG");
    resolver.setDefaultLocale(Locale.JAPANESE);
    return resolver;
  }

  @Bean
  WebMvcConfigurer languageSwitch() {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
      }
    };
  }

  @Bean
  RegisteredClientRepository clients(
      @Value("${nexus.auth.gateway-client-secret}") String secret,
      @Value("${nexus.gateway.url}") String gatewayUrl) {
    RegisteredClient gateway =
        RegisteredClient.withId(UUID.nameUUIDFromBytes("nexus-gateway".getBytes()).toString())
            .clientId("nexus-gateway")
            .clientSecret("{noop}" + secret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(gatewayUrl + "/login/oauth2/code/nexus")
            .postLogoutRedirectUri(gatewayUrl + "/")
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
            .tokenSettings(
                TokenSettings.builder()
                    .accessTokenTimeToLive(Duration.ofMinutes(30))
                    .refreshTokenTimeToLive(Duration.ofHours(8))
                    .build())
            .build();
    return new InMemoryRegisteredClientRepository(gateway);
  }

  /** Sign-ins in progress and tokens issued, safe for concurrent sign-ins (see the class). */
  @Bean
  OAuth2AuthorizationService authorizations() {
    return new SerializedAuthorizations();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    RSAKey key =
        new RSAKey.Builder((RSAPublicKey) pair.getPublic())
            .privateKey((RSAPrivateKey) pair.getPrivate())
            .keyID(UUID.randomUUID().toString())
            .build();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(
      @Value("${nexus.auth.issuer}") String issuer) {
    return AuthorizationServerSettings.builder().issuer(issuer).build();
  }
}
