package nexus.auth;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * One demo account per role (two applicants of different institutions, so that access across
 * institutions can be tried, and a newcomer without role or institution, who can register one or
 * accept an invitation), seeded only in the embedded setup.
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
   * @param email e-mail address ({@code email} claim), if any
   */
  public record Account(
      String username,
      String displayName,
      List<String> roles,
      String institutionId,
      String institutionName,
      String email) {

    /** A demo account, its address at the reserved {@code .example} domain. */
    Account(
        String username,
        String displayName,
        List<String> roles,
        String institutionId,
        String institutionName) {
      this(username, displayName, roles, institutionId, institutionName, demoEmail(username));
    }
  }

  static String demoEmail(String username) {
    return username + "@demo.nexus-exchange.example";
  }

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
          // a committee needs k reviewers per plan (3 by default)
          new Account("reviewer2", "Second Reviewer", List.of("reviewer"), null, null),
          new Account("reviewer3", "Third Reviewer", List.of("reviewer"), null, null),
          new Account("staff-intake", "Intake Staff", List.of("staff-intake"), null, null),
          new Account("staff-review", "Review Staff", List.of("staff-review"), null, null),
          new Account("staff-contract", "Contract Staff", List.of("staff-contract"), null, null),
          // payments need two people: one requests, another approves
          new Account(
              "staff-contract2", "Second Contract Staff", List.of("staff-contract"), null, null),
          new Account("staff-reporting", "Reporting Staff", List.of("staff-reporting"), null, null),
          new Account("staff-alumni", "Alumni Staff", List.of("staff-alumni"), null, null),
          new Account("admin", "Administrator", List.of("admin"), null, null),
          new Account("alumnus", "Demo Alumnus", List.of("alumnus"), null, null),
          // no role and no institution yet: registers a host institution, or accepts an invitation
          new Account("newcomer", "New Researcher", List.of(), null, null));

  private DemoAccounts() {}

  /** A fresh random password, used when none is configured. */
  static String randomPassword() {
    byte[] bytes = new byte[9];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
