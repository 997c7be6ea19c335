package nexus.auth;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code nexus.auth}.
 *
 * @param demoAccounts seed one demo account per role (embedded default only; never in compose)
 * @param demoPassword the demo accounts' password; random and printed at start when empty
 * @param users further accounts, with password hashes ({@code {bcrypt}...})
 */
@ConfigurationProperties("nexus.auth")
public record AuthProperties(
    Boolean demoAccounts, String demoPassword, List<ConfiguredUser> users) {

  public AuthProperties {
    demoAccounts = demoAccounts == null || demoAccounts;
    demoPassword = demoPassword == null ? "" : demoPassword;
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * An account from configuration.
   *
   * @param username login name
   * @param passwordHash encoded password, e.g. {@code {bcrypt}$2a$10$...}
   * @param displayName shown in pages
   * @param roles the suite's roles
   * @param institutionId institution of applicants and partners
   * @param institutionName its name
   * @param email e-mail address ({@code email} claim), optional
   */
  public record ConfiguredUser(
      String username,
      String passwordHash,
      String displayName,
      List<String> roles,
      String institutionId,
      String institutionName,
      String email) {

    public ConfiguredUser {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }

    DemoAccounts.Account toAccount() {
      return new DemoAccounts.Account(
          username,
          displayName == null ? username : displayName,
          roles,
          institutionId,
          institutionName,
          email);
    }
  }
}
