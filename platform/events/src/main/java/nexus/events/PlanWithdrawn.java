package nexus.events;

import java.time.Instant;

/**
 * The applicant withdrew a submitted plan.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param reason free-text reason
 * @param withdrawnAt withdrawal instant
 */
@EventType(name = "plan.withdrawn", version = 1)
public record PlanWithdrawn(
    String planId, String callId, String institutionId, String reason, Instant withdrawnAt)
    implements PlanEvent {}
