package nexus.events;

import java.time.Instant;

/**
 * A member claimed their profile without an existing login and chose a password: the auth server
 * creates (or replaces) the login with subject {@code alumnusId}, username {@code email}, role
 * {@code alumnus} and this bcrypt hash. The password itself never leaves the member's browser
 * request.
 *
 * @param alumnusId alumni member id, to be the login's subject
 * @param email the login e-mail
 * @param passwordHash bcrypt hash of the chosen password ({@code $2a$...})
 * @param name display name
 * @param setAt when the password was set
 */
@EventType(name = "alumni.login-set", version = 1)
public record AlumniLoginSet(
    String alumnusId, String email, String passwordHash, String name, Instant setAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return alumnusId;
  }

  @Override
  public String toString() {
    return "AlumniLoginSet[alumnusId=" + alumnusId + ", setAt=" + setAt + "]";
  }
}
