package nexus.reporting.obligation.domain;

/** A reminder before the due date, or after it (overdue). */
public enum ReminderStage {
  BEFORE,
  AFTER
}
