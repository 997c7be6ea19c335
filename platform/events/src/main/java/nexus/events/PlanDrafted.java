package nexus.events;

import java.time.Instant;

/**
 * An applicant started a draft exchange plan.
 *
 * @param planId plan id
 * @param callId call id
 * @param institutionId host institution id
 * @param course course code
 * @param draftedAt when the draft was created
 */
@EventType(name = "plan.drafted", version = 1)
public record PlanDrafted(
    String planId, String callId, String institutionId, String course, Instant draftedAt)
    implements PlanEvent {}
