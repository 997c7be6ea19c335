package nexus.events;

import java.time.Instant;

/**
 * An institution submitted its accounting report.
 *
 * @param planId plan id
 * @param reportId report id
 * @param institutionId reporting institution id
 * @param spentAmountJpy spent amount in yen
 * @param submittedAt submission instant
 */
@EventType(name = "accounting-report.submitted", version = 1)
public record AccountingReportSubmitted(
    String planId, String reportId, String institutionId, long spentAmountJpy, Instant submittedAt)
    implements PlanEvent {}
