package nexus.intake.plan;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** The plan fixtures' users, for tests in other packages of intake. */
public final class PlanFixturesAccess {

  private PlanFixturesAccess() {}

  public static JwtRequestPostProcessor applicant() {
    return PlanFixtures.applicantOf("INST-C");
  }

  public static JwtRequestPostProcessor staff() {
    return PlanFixtures.staff("staff-intake");
  }
}
