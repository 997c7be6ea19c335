package nexus.contract.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.testsupport.TestUsers;
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
    return TestUsers.staff(role);
  }

  static JwtRequestPostProcessor applicant() {
    return TestUsers.applicantOf("INST-A");
  }
}
