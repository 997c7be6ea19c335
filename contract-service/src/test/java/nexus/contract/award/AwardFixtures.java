package nexus.contract.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users and review decisions for contract tests. */
final class AwardFixtures {

  static final Instant DECIDED_AT = Instant.parse("2025-12-19T03:00:00Z");

  private AwardFixtures() {}

  static String newPlanId() {
    return "plan-" + UUID.randomUUID();
  }

  static PlanAwarded conditionalYoungTalentAward(String planId) {
    return new PlanAwarded(
        planId,
        "ytec-2025",
        "INST-A",
        "YOUNG_TALENT",
        7_000_000L,
        List.of("Shorten the dispatch to 60 days"),
        DECIDED_AT);
  }

  static PlanNotSelected notSelected(String planId) {
    return new PlanNotSelected(planId, "ytec-2025", "INST-B", DECIDED_AT);
  }

  static JwtRequestPostProcessor staff(String role) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(j -> j.subject(role).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  static JwtRequestPostProcessor applicant() {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(
            j ->
                j.subject("applicant-INST-A")
                    .claim("roles", List.of("applicant"))
                    .claim("institution_id", "INST-A"))
        .authorities(new SimpleGrantedAuthority("ROLE_applicant"));
  }
}
