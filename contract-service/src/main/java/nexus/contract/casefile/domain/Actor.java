package nexus.contract.casefile.domain;

/**
 * Who takes a step: a user's stable id, display name and institution (null for agency staff).
 *
 * @param id the token's subject
 * @param name display name
 * @param institutionId the user's institution, for applicants
 */
public record Actor(String id, String name, String institutionId) {

  /** The system itself, acting on an event. */
  public static final Actor SYSTEM = new Actor("system", "system", null);
}
