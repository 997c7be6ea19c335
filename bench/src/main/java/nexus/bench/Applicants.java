package nexus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The principal investigators the bench signs in as, spread round-robin over many host
 * institutions, given to the embedded OIDC server as configured accounts ({@code
 * nexus.auth.users}).
 */
final class Applicants {

  /** Every PI's password. */
  static final String PASSWORD = "bench-password";

  /**
   * One PI.
   *
   * @param username login name
   * @param institutionId the host institution
   */
  record Pi(String username, String institutionId) {}

  private Applicants() {}

  static List<Pi> generate(int count, int institutions) {
    List<Pi> pis = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pis.add(
          new Pi(
              String.format(Locale.ROOT, "pi-%05d", i),
              String.format(Locale.ROOT, "INST-B%04d", i % institutions)));
    }
    return pis;
  }

  /** The accounts as properties of the OIDC server. */
  static Map<String, Object> asProperties(List<Pi> pis) {
    // a bcrypt hash as in production (compose): one check per sign-in. A {noop} password would
    // be re-encoded with bcrypt at the first sign-in (password upgrade), a check and an encode.
    String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
    Map<String, Object> props = new HashMap<>();
    for (int i = 0; i < pis.size(); i++) {
      Pi pi = pis.get(i);
      String prefix = "nexus.auth.users[" + i + "].";
      props.put(prefix + "username", pi.username());
      props.put(prefix + "password-hash", hash);
      props.put(prefix + "display-name", "PI " + pi.username());
      props.put(prefix + "roles[0]", "applicant");
      props.put(prefix + "institution-id", pi.institutionId());
      props.put(prefix + "institution-name", "Bench University " + pi.institutionId());
    }
    return props;
  }
}
