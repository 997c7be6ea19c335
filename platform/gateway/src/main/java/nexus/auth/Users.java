package nexus.auth;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The provider's users: configured accounts, plus one demo account per role in the embedded default
 * (their password is printed at start). Tokens carry the suite's claims: roles, name and the user's
 * institution.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class Users {

  private static final Logger log = LoggerFactory.getLogger(Users.class);

  /** Every account by user name, for the token claims. */
  record Directory(Map<String, DemoAccounts.Account> accounts) {}

  @Bean
  Directory directory(AuthProperties properties) {
    Map<String, DemoAccounts.Account> accounts = new HashMap<>();
    if (properties.demoAccounts()) {
      DemoAccounts.ACCOUNTS.forEach(a -> accounts.put(a.username(), a));
    }
    properties.users().forEach(u -> accounts.put(u.username(), u.toAccount()));
    return new Directory(Map.copyOf(accounts));
  }

  @Bean(destroyMethod = "close")
  MongoClient authMongo(@Value("${nexus.mongo.uri}") String uri) {
    return MongoClients.create(uri);
  }

  @Bean
  Accounts accounts(MongoClient authMongo) {
    return new Accounts(authMongo, Clock.systemUTC());
  }

  /** Configured and demo accounts first, then the verified accounts people created. */
  @Bean
  UserDetailsService userDetails(
      AuthProperties properties,
      Accounts accounts,
      @Value("${nexus.gateway.url}") String gatewayUrl) {
    UserDetailsService configured = configuredUsers(properties, gatewayUrl);
    return username -> {
      try {
        return configured.loadUserByUsername(username);
      } catch (UsernameNotFoundException notConfigured) {
        return accounts
            .find(username)
            .filter(Accounts.Account::verified)
            .map(a -> User.withUsername(a.email()).password(a.passwordHash()).roles().build())
            .orElseThrow(() -> notConfigured);
      }
    };
  }

  private static UserDetailsService configuredUsers(AuthProperties properties, String gatewayUrl) {
    List<UserDetails> users = new ArrayList<>();
    if (properties.demoAccounts()) {
      String password =
          properties.demoPassword().isBlank()
              ? DemoAccounts.randomPassword()
              : properties.demoPassword();
      StringBuilder banner =
          new StringBuilder("\n\nNEXUS Exchange demo logins at " + gatewayUrl + "\n");
      for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
        users.add(user(account.username(), "{noop}" + password, account.roles()));
        banner.append(String.format("  %-16s / %s%n", account.username(), password));
      }
      log.info(banner.toString());
    }
    for (AuthProperties.ConfiguredUser configured : properties.users()) {
      users.add(user(configured.username(), configured.passwordHash(), configured.roles()));
    }
    if (users.isEmpty()) {
      log.warn("no accounts configured: set nexus.auth.users (nobody can sign in)");
    }
    return new InMemoryUserDetailsManager(users);
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> suiteClaims(Directory directory, Accounts accounts) {
    return context -> {
      String username = context.getPrincipal().getName();
      DemoAccounts.Account account = directory.accounts().get(username);
      if (account == null) {
        // a signed-up account: no role yet; its institution membership (intake) gives it one
        accounts
            .find(username)
            .ifPresent(
                a -> {
                  context.getClaims().claim("roles", List.of());
                  context.getClaims().claim("name", a.name());
                  context.getClaims().claim("email", a.email());
                });
        return;
      }
      context.getClaims().claim("roles", account.roles());
      context.getClaims().claim("name", account.displayName());
      if (account.email() != null) {
        context.getClaims().claim("email", account.email());
      }
      if (account.institutionId() != null) {
        context.getClaims().claim("institution_id", account.institutionId());
        context.getClaims().claim("institution_name", account.institutionName());
      }
    };
  }

  private static UserDetails user(String username, String password, List<String> roles) {
    return User.withUsername(username)
        .password(password)
        .roles(roles.toArray(String[]::new))
        .build();
  }
}
