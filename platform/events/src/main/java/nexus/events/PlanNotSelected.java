package nexus.events;

import java.time.Instant;

/**
 * The agency decided not to select a plan.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param decidedAt decision instant
 */
@EventType(name = "plan.not-selected", version = 1)
public record PlanNotSelected(String planId, String callId, String institutionId, Instant decidedAt)
    implements PlanEvent {}
