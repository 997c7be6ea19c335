package nexus.events;

import java.time.Instant;

/**
 * The agency approved the host's work plan.
 *
 * @param planId plan id
 * @param workPlanId work plan id
 * @param approvedAmountJpy approved amount in yen
 * @param approvedAt approval instant
 */
@EventType(name = "work-plan.approved", version = 1)
public record WorkPlanApproved(
    String planId, String workPlanId, long approvedAmountJpy, Instant approvedAt)
    implements PlanEvent {}
