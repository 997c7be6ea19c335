package nexus.events;

import java.time.Instant;
import java.util.List;

/**
 * Staff screened a plan for eligibility.
 *
 * @param planId plan id
 * @param callId call id
 * @param outcome ELIGIBLE or INELIGIBLE
 * @param reasons rule keys that failed, empty when eligible
 * @param screenedAt screening instant
 */
@EventType(name = "plan.screened", version = 1)
public record PlanScreened(
    String planId, String callId, String outcome, List<String> reasons, Instant screenedAt)
    implements PlanEvent {
  /** Defensive copies keep the event immutable. */
  public PlanScreened {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
