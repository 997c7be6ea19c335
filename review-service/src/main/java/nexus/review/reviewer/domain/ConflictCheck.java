package nexus.review.reviewer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nexus.review.exportcontrol.domain.NameNormaliser;

/**
 * Why a reviewer may not review a plan: a declared conflict, the same institution as the host, a
 * partner or a counterpart, or being named in the plan. Names and institutions are compared by
 * their normalised keys, so spelling and suffix differences do not hide a conflict.
 */
public final class ConflictCheck {

  /**
   * A reviewer as the check sees them.
   *
   * @param subject login subject
   * @param name full name
   * @param affiliation affiliation institution
   * @param declaredPlans plan ids the reviewer declared a conflict with
   */
  public record Reviewer(
      String subject, String name, String affiliation, Set<String> declaredPlans) {}

  /**
   * The parties of a plan.
   *
   * @param planId plan id
   * @param host host institution
   * @param partners partner institutions
   * @param counterparts counterpart institutions
   * @param people names of the people in the plan
   */
  public record Plan(
      String planId,
      String host,
      List<String> partners,
      List<String> counterparts,
      List<String> people) {}

  private ConflictCheck() {}

  /** The conflict reasons (empty when the reviewer may review the plan). */
  public static List<String> reasons(Reviewer r, Plan p) {
    List<String> reasons = new ArrayList<>();
    if (r.declaredPlans().contains(p.planId())) {
      reasons.add("DECLARED");
    }
    String affiliation = NameNormaliser.key(r.affiliation());
    if (!affiliation.isEmpty()) {
      if (affiliation.equals(NameNormaliser.key(p.host()))) {
        reasons.add("SAME_INSTITUTION_HOST");
      }
      if (p.partners().stream().map(NameNormaliser::key).anyMatch(affiliation::equals)) {
        reasons.add("SAME_INSTITUTION_PARTNER");
      }
      if (p.counterparts().stream().map(NameNormaliser::key).anyMatch(affiliation::equals)) {
        reasons.add("SAME_INSTITUTION_COUNTERPART");
      }
    }
    String name = NameNormaliser.key(r.name());
    if (!name.isEmpty() && p.people().stream().map(NameNormaliser::key).anyMatch(name::equals)) {
      reasons.add("NAMED_IN_PLAN");
    }
    return reasons;
  }
}
