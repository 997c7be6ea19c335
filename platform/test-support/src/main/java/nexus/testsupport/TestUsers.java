package nexus.testsupport;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Access tokens as the gateway relays them (claims {@code roles}, {@code name}, {@code
 * institution_id}, {@code institution_name}), for MockMvc tests of a service.
 */
public final class TestUsers {

  private TestUsers() {}

  /** Staff (or any role without an institution), subject = the role. */
  public static JwtRequestPostProcessor staff(String role) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(j -> j.subject(role).claim("roles", List.of(role)).claim("name", role))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  /** An applicant of an institution, subject {@code applicant-<institutionId>}. */
  public static JwtRequestPostProcessor applicantOf(String institutionId) {
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
}
