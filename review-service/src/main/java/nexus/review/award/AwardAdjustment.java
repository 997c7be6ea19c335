package nexus.review.award;

import java.util.List;

/**
 * Staff's adjustment of one plan's award.
 *
 * @param forced IN, OUT or null
 * @param reducedAmountJpy reduced amount, or null for the requested one
 * @param conditions award conditions (条件付き採択)
 * @param hostJpy approved amount of the host, or null for the amount minus the partner's
 * @param partnerJpy approved amount of the funded partner, or null for none
 */
public record AwardAdjustment(
    String forced, Long reducedAmountJpy, List<String> conditions, Long hostJpy, Long partnerJpy) {
  public AwardAdjustment {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
