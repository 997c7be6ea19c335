package nexus.web.membership;

/**
 * What a login is in this service's copy: a member acting for an institution.
 *
 * @param institutionId the institution
 * @param institutionName its Japanese name (the token claim intake gives)
 * @param role {@code PI} or {@code STAFF}
 */
public record Membership(String institutionId, String institutionName, String role) {}
