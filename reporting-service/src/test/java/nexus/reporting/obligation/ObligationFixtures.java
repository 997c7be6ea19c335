package nexus.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nexus.events.AgreementSigned;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.events.PlanSnapshot;
import nexus.events.SettlementCompleted;
import nexus.testsupport.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users, awards, signed agreements and settlements for reporting tests. */
public final class ObligationFixtures {

  public static final Instant HOST_SIGNED_AT = Instant.parse("2026-01-15T01:00:00Z");
  public static final Instant PARTNER_SIGNED_AT = Instant.parse("2026-01-20T01:00:00Z");
  public static final LocalDate EXCHANGE_START = LocalDate.of(2026, 2, 1);
  public static final LocalDate EXCHANGE_END = LocalDate.of(2026, 11, 30);

  private ObligationFixtures() {}

  public static String newPlanId() {
    return "plan-" + UUID.randomUUID();
  }

  /** A young-talent plan of INST-A with an ASEAN counterpart in Thailand. */
  public static PlanAwarded awarded(String planId) {
    return awarded(planId, "YOUNG_TALENT");
  }

  public static PlanAwarded awarded(String planId, String course) {
    return awarded(planId, course, "ytec-2025");
  }

  public static PlanAwarded awarded(String planId, String course, String callId) {
    PlanSnapshot snapshot =
        new PlanSnapshot(
            "Green technology",
            EXCHANGE_START,
            EXCHANGE_END,
            List.of(new PlanSnapshot.Counterpart("Chulalongkorn University", "TH")),
            List.of(new PlanSnapshot.Partner("Partner Univ", true)),
            List.of(
                new PlanSnapshot.Person(
                    "Somchai",
                    LocalDate.of(1998, 4, 1),
                    "GRADUATE_STUDENT",
                    "PARTICIPANT",
                    "Chulalongkorn University",
                    List.of())),
            List.of(),
            List.of(),
            5_000_000L,
            500_000L,
            null,
            "joint research",
            "network",
            null,
            List.of());
    return new PlanAwarded(
        planId,
        callId,
        "INST-A",
        course,
        7_000_000L,
        List.of(),
        Instant.parse("2025-12-20T01:00:00Z"),
        "Hydrogen materials exchange",
        List.of(
            new PlanAwarded.InstitutionAward("INST-A", "Institution A", "HOST", 5_000_000L),
            new PlanAwarded.InstitutionAward("INST-P", "Partner Univ", "PARTNER", 2_000_000L)),
        snapshot);
  }

  public static AgreementSigned hostSigned(String planId) {
    return new AgreementSigned(
        planId, "agr-" + planId + "-host", "INST-A", "HOST", 5_000_000L, HOST_SIGNED_AT);
  }

  public static AgreementSigned partnerSigned(String planId) {
    return new AgreementSigned(
        planId, "agr-" + planId + "-partner", "INST-P", "PARTNER", 2_000_000L, PARTNER_SIGNED_AT);
  }

  public static SettlementCompleted settled(String planId, String institutionId) {
    return new SettlementCompleted(
        planId,
        institutionId,
        1_000_000L,
        900_000L,
        100_000L,
        Instant.parse("2027-03-01T00:00:00Z"));
  }

  public static byte[] envelope(EventCodec codec, IntegrationEvent event, String producer) {
    return codec.encode(codec.wrap(event, producer, null));
  }

  public static JwtRequestPostProcessor staff(String role) {
    return TestUsers.staff(role);
  }

  public static JwtRequestPostProcessor applicant() {
    return TestUsers.applicantOf("INST-A");
  }

  /** A user of an institution with an e-mail address (for reminders). */
  public static JwtRequestPostProcessor applicantWithEmail(String institutionId, String email) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(
            j ->
                j.subject("applicant-" + email)
                    .claim("roles", List.of("applicant"))
                    .claim("name", "Applicant " + email)
                    .claim("email", email)
                    .claim("institution_id", institutionId)
                    .claim("institution_name", "Institution " + institutionId))
        .authorities(
            new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_applicant"));
  }
}
