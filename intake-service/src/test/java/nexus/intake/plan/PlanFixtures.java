package nexus.intake.plan;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users and plans for intake tests. */
final class PlanFixtures {

  private PlanFixtures() {}

  static JwtRequestPostProcessor applicantOf(String institutionId) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(
            j ->
                j.subject("applicant-" + institutionId)
                    .claim("roles", List.of("applicant"))
                    .claim("name", "Applicant of " + institutionId)
                    .claim("institution_id", institutionId)
                    .claim("institution_name", "Institution " + institutionId))
        .authorities(new SimpleGrantedAuthority("ROLE_applicant"));
  }

  static JwtRequestPostProcessor staff(String role) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(j -> j.subject(role).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  static String youngTalentPlanJson(String title) {
    return """
        {"course":"YOUNG_TALENT","title":"%s","counterpartCountries":["TH","VN"],
         "requestedAmountJpy":6500000}
        """
        .formatted(title);
  }
}
