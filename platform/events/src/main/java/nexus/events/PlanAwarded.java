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
 */
@EventType(name = "plan.awarded", version = 1)
public record PlanAwarded(
    String planId,
    String callId,
    String institutionId,
    String course,
    long awardedAmountJpy,
    List<String> conditions,
    Instant awardedAt)
    implements PlanEvent {
  /** Defensive copies keep the event immutable. */
  public PlanAwarded {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }
}
