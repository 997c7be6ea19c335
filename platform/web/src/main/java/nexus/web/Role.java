package nexus.web;

import java.util.Arrays;
import java.util.Optional;

/** The suite's roles, as they appear in the {@code roles} claim of an access token. */
public enum Role {
  APPLICANT("applicant"),
  PARTNER("partner"),
  REVIEWER("reviewer"),
  STAFF_INTAKE("staff-intake"),
  STAFF_REVIEW("staff-review"),
  STAFF_CONTRACT("staff-contract"),
  STAFF_REPORTING("staff-reporting"),
  STAFF_ALUMNI("staff-alumni"),
  ADMIN("admin"),
  ALUMNUS("alumnus");

  private final String claim;

  Role(String claim) {
    this.claim = claim;
  }

  /** The value in the token's {@code roles} claim. */
  public String claim() {
    return claim;
  }

  /** The Spring Security authority, e.g. {@code ROLE_staff-intake}. */
  public String authority() {
    return "ROLE_" + claim;
  }

  public static Optional<Role> fromClaim(String claim) {
    return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
  }
}
