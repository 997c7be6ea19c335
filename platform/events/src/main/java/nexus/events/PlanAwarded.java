package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * The agency awarded a plan, possibly with conditions.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param course course code
 * @param awardedAmountJpy awarded amount in yen
 * @param conditions award conditions (empty when unconditional)
 * @param awardedAt decision instant
 * @param title plan title (may be null in events recorded before it was carried)
 * @param institutionAwards approved amount per funded institution: the host and, where there is
 *     one, the funded partner (empty in events recorded before it was carried: then the host gets
 *     {@code awardedAmountJpy})
 * @param snapshot the awarded plan as submitted (null in events recorded before it was carried)
 */
@EventType(name = "plan.awarded", version = 1)
public record PlanAwarded(
    String planId,
    String callId,
    String institutionId,
    String course,
    long awardedAmountJpy,
    List<String> conditions,
    Instant awardedAt,
    String title,
    List<InstitutionAward> institutionAwards,
    PlanSnapshot snapshot)
    implements PlanEvent {

  /** An award as recorded before title, per-institution amounts and snapshot were carried. */
  public PlanAwarded(
      String planId,
      String callId,
      String institutionId,
      String course,
      long awardedAmountJpy,
      List<String> conditions,
      Instant awardedAt) {
    this(
        planId,
        callId,
        institutionId,
        course,
        awardedAmountJpy,
        conditions,
        awardedAt,
        null,
        List.of(),
        null);
  }

  /** Defensive copies keep the event immutable. */
  public PlanAwarded {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    institutionAwards = institutionAwards == null ? List.of() : List.copyOf(institutionAwards);
  }

  /**
   * The approved amount of one funded institution.
   *
   * @param institutionId institution id (the host's registered id; a partner's may be its name)
   * @param institutionName institution name
   * @param role {@code HOST} or {@code PARTNER}
   * @param amountJpy approved amount in yen, indirect costs included
   */
  public record InstitutionAward(
      String institutionId, String institutionName, String role, long amountJpy) {}
}
