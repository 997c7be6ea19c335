package nexus.events;

import java.time.Instant;

/**
 * The host submitted the plan's outcome report.
 *
 * @param planId plan id
 * @param reportId report id
 * @param submittedAt submission instant
 */
@EventType(name = "outcome-report.submitted", version = 1)
public record OutcomeReportSubmitted(String planId, String reportId, Instant submittedAt)
    implements PlanEvent {}
