package nexus.intake.plan;

import nexus.testsupport.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users and plans for intake tests. */
final class PlanFixtures {

  private PlanFixtures() {}

  static JwtRequestPostProcessor applicantOf(String institutionId) {
    return TestUsers.applicantOf(institutionId);
  }

  static JwtRequestPostProcessor staff(String role) {
    return TestUsers.staff(role);
  }
}
