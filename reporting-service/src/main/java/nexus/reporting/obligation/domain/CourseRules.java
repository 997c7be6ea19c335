package nexus.reporting.obligation.domain;

import java.util.Set;

/**
 * What a course of a call admits, as its participant list is checked.
 *
 * @param maxParticipants most people per plan
 * @param capIncludesChaperones whether chaperones count towards the cap
 * @param maxAge oldest age at the exchange start (chaperones exempt); null for no limit
 * @param eligibleCategories categories a participant may have
 * @param chaperoneAllowed whether the course allows chaperones
 */
public record CourseRules(
    int maxParticipants,
    boolean capIncludesChaperones,
    Integer maxAge,
    Set<String> eligibleCategories,
    boolean chaperoneAllowed) {

  public CourseRules {
    eligibleCategories = eligibleCategories == null ? Set.of() : Set.copyOf(eligibleCategories);
  }
}
