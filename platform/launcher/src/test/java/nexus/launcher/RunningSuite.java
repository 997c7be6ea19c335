package nexus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import nexus.intake.call.CallCatalog;
import nexus.testsupport.EmbeddedInfrastructure;

/** One suite for every end-to-end test class in the JVM, on free ports, stopped at exit. */
final class RunningSuite {

  static final String PASSWORD = "it-demo-password";
  static final int LOGINS_PER_MINUTE = 20;

  /** Sign-ins per address: every test signs in from loopback, so well above what they need. */
  static final int LOGINS_PER_ADDRESS_PER_MINUTE = 60;

  static final String DRAFTING_PI = "drafting-pi";
  static final int PIS = 8;
  static final int SUBMISSIONS_PER_MINUTE = 15;
  static final String GUESSED = "guessed-pi";

  /**
   * The program-year scenario's second applicant (an institution of its own; the first signs up and
   * registers its institution in the story) and a participant's login.
   */
  static final String YEAR_PI2 = "year-pi2";

  static final String YEAR_ALUMNA = "year-alumna";
  static final String OBJECT_PI_A = "object-pi-a";
  static final String OBJECT_PI_B = "object-pi-b";
  static final String OBJECT_PI_A2 = "object-pi-a2";
  static final String OBJECT_PI_B2 = "object-pi-b2";
  static final String OBJECT_REVIEWER_A = "object-reviewer-a";
  static final String OBJECT_REVIEWER_B = "object-reviewer-b";
  static final String OBJECT_ALUMNUS_A = "object-alumnus-a";
  static final String OBJECT_ALUMNUS_B = "object-alumnus-b";
  static final String XSS_PI = "xss-pi";
  static final String XSS_REVIEWER = "xss-reviewer";
  static final String XSS_ALUMNUS = "xss-alumnus";

  /** The participant of the stored-XSS plan, who claims their alumni profile to be surveyed. */
  static final String XSS_RESPONDENT = "xss-respondent";

  private static Suite suite;
  private static EmbeddedMail mail;

  private RunningSuite() {}

  static synchronized Suite get() {
    if (suite == null) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      ports.put("gateway", freePort());
      ports.put("auth", freePort());
      for (String service : Suite.SERVICES.keySet()) {
        ports.put(service, freePort());
      }
      mail = EmbeddedMail.start(freePort(), freePort());
      suite =
          Suite.start(
              new SuiteConfig(
                  ports,
                  EmbeddedInfrastructure.kafkaBootstrapServers(),
                  EmbeddedInfrastructure.mongoUri(),
                  settings(),
                  new String[0],
                  mail.smtpPort()));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    suite.close();
                    mail.close();
                  }));
      openACall(suite);
    }
    return suite;
  }

  /**
   * The suite's settings: known demo password, low rate limits, and PIs of their own for the tests
   * that submit (a PI may submit one plan per course of a call).
   */
  private static Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("nexus.auth.demo-password", PASSWORD);
    settings.put("nexus.auth.rate-limits.logins-per-minute", LOGINS_PER_MINUTE);
    settings.put(
        "nexus.auth.rate-limits.logins-per-address-per-minute", LOGINS_PER_ADDRESS_PER_MINUTE);
    settings.put("nexus.gateway.rate-limits.submissions-per-minute", SUBMISSIONS_PER_MINUTE);
    user(settings, 0, DRAFTING_PI, "INST-0003", "Browser Test University");
    for (int i = 1; i <= PIS; i++) {
      user(settings, i, pi(i), "INST-0001", "Demo Institute of Technology");
    }
    user(settings, PIS + 1, GUESSED, "INST-0004", "Guessed University");
    user(settings, PIS + 2, YEAR_PI2, "INST-0022", "Kansai Marine University");
    settings.put("nexus.auth.users[" + (PIS + 2) + "].email", YEAR_PI2 + "@scenario.example");
    // a participant of the scenario's exchange: a login without role, to claim the alumni profile
    String at = "nexus.auth.users[" + (PIS + 3) + "].";
    settings.put(at + "username", YEAR_ALUMNA);
    settings.put(at + "password-hash", "{noop}" + PASSWORD);
    settings.put(at + "display-name", "Nguyen Thi Mai");
    int next = PIS + 4;
    // the security proofs: two institutions, two reviewers, two alumni of their own
    account(settings, next++, OBJECT_PI_A, "applicant", "INST-0011", "Object Access Univ A");
    account(settings, next++, OBJECT_PI_B, "applicant", "INST-0012", "Object Access Univ B");
    account(settings, next++, OBJECT_PI_A2, "applicant", "INST-0011", "Object Access Univ A");
    account(settings, next++, OBJECT_PI_B2, "applicant", "INST-0012", "Object Access Univ B");
    account(settings, next++, OBJECT_REVIEWER_A, "reviewer", null, null);
    account(settings, next++, OBJECT_REVIEWER_B, "reviewer", null, null);
    account(settings, next++, OBJECT_ALUMNUS_A, "alumnus", null, null);
    account(settings, next++, OBJECT_ALUMNUS_B, "alumnus", null, null);
    account(settings, next++, XSS_PI, "applicant", "INST-0013", "Markup Test University");
    account(settings, next++, XSS_REVIEWER, "reviewer", null, null);
    account(settings, next++, XSS_ALUMNUS, "alumnus", null, null);
    account(settings, next, XSS_RESPONDENT, "alumnus", null, null);
    return settings;
  }

  private static void user(
      Map<String, Object> settings, int index, String name, String institution, String title) {
    String at = "nexus.auth.users[" + index + "].";
    settings.put(at + "username", name);
    settings.put(at + "password-hash", "{noop}" + PASSWORD);
    settings.put(at + "display-name", name);
    settings.put(at + "roles[0]", "applicant");
    settings.put(at + "institution-id", institution);
    settings.put(at + "institution-name", title);
  }

  private static void account(
      Map<String, Object> settings,
      int index,
      String name,
      String role,
      String institution,
      String title) {
    String at = "nexus.auth.users[" + index + "].";
    settings.put(at + "username", name);
    settings.put(at + "password-hash", "{noop}" + PASSWORD);
    settings.put(at + "display-name", name);
    settings.put(at + "roles[0]", role);
    settings.put(at + "email", name + "@proofs.example");
    if (institution != null) {
      settings.put(at + "institution-id", institution);
      settings.put(at + "institution-name", title);
    }
  }

  /** The login of the n-th PI of the demo institution (1..{@value #PIS}). */
  static String pi(int n) {
    return "pi-" + n;
  }

  /** The suite's mail server: what the services sent. */
  static synchronized EmbeddedMail mail() {
    get();
    return mail;
  }

  /**
   * What intake staff do before applicants can submit: open a call (a copy of the 2025 call, its
   * window around today).
   */
  static void openACall(Suite suite) {
    CallCatalog calls = suite.context("intake").getBean(CallCatalog.class);
    calls.copy("ytec-2025", 2035);
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    calls.reschedule(
        "ytec-2035", now.minusDays(1), now.plusDays(30), "staff-intake", "end-to-end tests");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
