package nexus.reporting.obligation;

import java.time.Instant;
import java.util.UUID;
import nexus.events.AgreementSigned;
import nexus.testsupport.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users and signed agreements for reporting tests. */
final class ObligationFixtures {

  static final Instant HOST_SIGNED_AT = Instant.parse("2026-01-15T01:00:00Z");
  static final Instant PARTNER_SIGNED_AT = Instant.parse("2026-01-20T01:00:00Z");

  private ObligationFixtures() {}

  static String newPlanId() {
    return "plan-" + UUID.randomUUID();
  }

  static AgreementSigned hostSigned(String planId) {
    return new AgreementSigned(
        planId, "agr-" + planId + "-host", "INST-A", "HOST", 5_000_000L, HOST_SIGNED_AT);
  }

  static AgreementSigned partnerSigned(String planId) {
    return new AgreementSigned(
        planId, "agr-" + planId + "-partner", "INST-P", "PARTNER", 2_000_000L, PARTNER_SIGNED_AT);
  }

  static JwtRequestPostProcessor staff(String role) {
    return TestUsers.staff(role);
  }

  static JwtRequestPostProcessor applicant() {
    return TestUsers.applicantOf("INST-A");
  }
}
