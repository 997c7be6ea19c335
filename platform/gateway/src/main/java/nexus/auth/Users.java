package nexus.auth;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded provider's users: the demo accounts (one per role), whose password is printed at
 * start. Tokens carry the suite's claims: roles, name and the user's institution.
 */
@Configuration(proxyBeanMethods = false)
class Users {

  private static final Logger log = LoggerFactory.getLogger(Users.class);

  @Bean
  UserDetailsService demoUsers(
      @Value("${nexus.auth.demo-password:}") String configured,
      @Value("${nexus.gateway.url}") String gatewayUrl) {
    String password = configured.isBlank() ? DemoAccounts.randomPassword() : configured;
    List<UserDetails> users = new ArrayList<>();
    StringBuilder banner =
        new StringBuilder("\n\nNEXUS Exchange demo logins at " + gatewayUrl + "\n");
    for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
      users.add(
          User.withUsername(account.username())
              .password("{noop}" + password)
              .roles(account.roles().toArray(String[]::new))
              .build());
      banner.append(String.format("  %-16s / %s%n", account.username(), password));
    }
    log.info(banner.toString());
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> suiteClaims() {
    return context ->
        DemoAccounts.find(context.getPrincipal().getName())
            .ifPresent(
                account -> {
                  context.getClaims().claim("roles", account.roles());
                  context.getClaims().claim("name", account.displayName());
                  if (account.institutionId() != null) {
                    context.getClaims().claim("institution_id", account.institutionId());
                    context.getClaims().claim("institution_name", account.institutionName());
                  }
                });
  }
}
