package nexus.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * One demo account per role (two applicants of different institutions, so that access across
 * institutions can be tried), seeded only in the embedded setup.
 */
public final class DemoAccounts {

  /**
   * A demo account.
   *
   * @param username login name
   * @param displayName shown in the layout
   * @param roles roles claim
   * @param institutionId institution of applicants and partners
   * @param institutionName its name
   */
  public record Account(
      String username,
      String displayName,
      List<String> roles,
      String institutionId,
      String institutionName) {}

  public static final List<Account> ACCOUNTS =
      List.of(
          new Account(
              "applicant",
              "Demo Applicant",
              List.of("applicant"),
              "INST-0001",
              "Demo Institute of Technology"),
          new Account(
              "applicant2",
              "Second Applicant",
              List.of("applicant"),
              "INST-0002",
              "Second Demo University"),
          new Account(
              "partner",
              "Demo Partner",
              List.of("partner"),
              "INST-0101",
              "Demo Partner Laboratory"),
          new Account("reviewer", "Demo Reviewer", List.of("reviewer"), null, null),
          new Account("staff-intake", "Intake Staff", List.of("staff-intake"), null, null),
          new Account("staff-review", "Review Staff", List.of("staff-review"), null, null),
          new Account("staff-contract", "Contract Staff", List.of("staff-contract"), null, null),
          new Account("staff-reporting", "Reporting Staff", List.of("staff-reporting"), null, null),
          new Account("staff-alumni", "Alumni Staff", List.of("staff-alumni"), null, null),
          new Account("admin", "Administrator", List.of("admin"), null, null),
          new Account("alumnus", "Demo Alumnus", List.of("alumnus"), null, null));

  private DemoAccounts() {}

  /** A fresh random password, used when none is configured. */
  static String randomPassword() {
    byte[] bytes = new byte[9];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
