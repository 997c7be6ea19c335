package nexus.events;

import java.time.Instant;

/**
 * Reporting reminds an institution of a report that is due soon or overdue. Reporting consumes its
 * own event and sends the e-mail, so that a reminder is recorded once and mailed once.
 *
 * @param planId plan id
 * @param reminderId reminder id (plan, duty, institution and stage)
 * @param duty {@code PARTICIPANT_LIST}, {@code OUTCOME_REPORT} or {@code ACCOUNTING_REPORT}
 * @param institutionId the institution that owes the report
 * @param dueAt due instant
 * @param stage {@code BEFORE} (due soon) or {@code AFTER} (overdue)
 * @param issuedAt when the reminder was issued
 */
@EventType(name = "report.reminder-due", version = 1)
public record ReportReminderDue(
    String planId,
    String reminderId,
    String duty,
    String institutionId,
    Instant dueAt,
    String stage,
    Instant issuedAt)
    implements PlanEvent {}
