package nexus.contract.award;

import java.time.Instant;
import java.util.List;

/**
 * An awarded plan as contract staff see it.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param course course
 * @param awardedAmountJpy awarded yen
 * @param conditions award conditions, empty when unconditional
 * @param awardedAt when the agency decided the award
 * @param status contract status
 */
public record AwardedPlanView(
    String planId,
    String callId,
    String institutionId,
    String course,
    long awardedAmountJpy,
    List<String> conditions,
    Instant awardedAt,
    String status) {

  static AwardedPlanView of(AwardedPlanDocument d) {
    return new AwardedPlanView(
        d.planId,
        d.callId,
        d.institutionId,
        d.course,
        d.awardedAmountJpy,
        d.conditions == null ? List.of() : List.copyOf(d.conditions),
        d.awardedAt,
        d.status);
  }
}
