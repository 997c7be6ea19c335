package nexus.reporting.obligation.domain;

import java.time.Instant;

/**
 * One report an institution owes, with its due instant and where it stands.
 *
 * @param kind what is owed
 * @param institutionId who owes it
 * @param dueAt due instant (null while the date is not known yet)
 * @param state {@code OPEN}, {@code SUBMITTED}, {@code RETURNED} or {@code ACCEPTED}
 */
public record Duty(DutyKind kind, String institutionId, Instant dueAt, String state) {

  public static final String OPEN = "OPEN";
  public static final String SUBMITTED = "SUBMITTED";
  public static final String RETURNED = "RETURNED";
  public static final String ACCEPTED = "ACCEPTED";

  /** Still waiting for the institution (never handed in, or returned to it). */
  public boolean awaitingInstitution() {
    return OPEN.equals(state) || RETURNED.equals(state);
  }

  /** Due and not handed in at {@code now}. */
  public boolean overdue(Instant now) {
    return awaitingInstitution() && dueAt != null && now.isAfter(dueAt);
  }

  /** A reminder's id: plan, duty, institution and stage. */
  public String reminderId(String planId, ReminderStage stage) {
    return planId + ":" + kind + ":" + institutionId + ":" + stage;
  }

  /** The reminder due at {@code now}, if one is. */
  public java.util.Optional<ReminderStage> reminderAt(Instant now, java.time.Duration before) {
    if (!awaitingInstitution() || dueAt == null) {
      return java.util.Optional.empty();
    }
    if (now.isAfter(dueAt)) {
      return java.util.Optional.of(ReminderStage.AFTER);
    }
    if (!now.isBefore(dueAt.minus(before))) {
      return java.util.Optional.of(ReminderStage.BEFORE);
    }
    return java.util.Optional.empty();
  }
}
