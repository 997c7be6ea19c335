package nexus.intake.call.domain;

import java.util.Set;

/**
 * The limits of one course of a call.
 *
 * @param code course code, e.g. {@code YOUNG_TALENT}
 * @param maxParticipants most people per plan
 * @param capIncludesChaperones whether chaperones count toward {@code maxParticipants}
 * @param maxAge oldest age on the exchange start date, null for no limit (chaperones exempt)
 * @param eligibleCategories who may take part
 * @param chaperoneAllowed whether a plan may have chaperones (引率者)
 * @param baseBudgetJpy base amount (基本額) in yen
 * @param overrunPercent how far over the base a plan may ask, only with a written reason
 */
public record CourseRules(
    String code,
    int maxParticipants,
    boolean capIncludesChaperones,
    Integer maxAge,
    Set<ParticipantCategory> eligibleCategories,
    boolean chaperoneAllowed,
    long baseBudgetJpy,
    int overrunPercent) {

  public CourseRules {
    eligibleCategories = Set.copyOf(eligibleCategories);
  }

  /** The most a plan may request with an overrun reason: base + overrun%, exact in yen. */
  public long overrunCapJpy() {
    return baseBudgetJpy + baseBudgetJpy * overrunPercent / 100;
  }
}
