package nexus.events;

import java.time.Instant;

/**
 * Review's own fact that a reviewer is due a reminder: the scoring deadline of a call is near and
 * some of their assigned plans have no submitted score sheet. Review consumes it from its own topic
 * and sends the e-mail (so a failed send is retried and dead-lettered); the address never travels.
 *
 * @param reminderId one id per reviewer, call and deadline (a reviewer is reminded once per
 *     deadline)
 * @param callId call id
 * @param reviewer the reviewer's login subject
 * @param deadline the scoring deadline
 * @param openPlans assigned plans without a submitted sheet
 * @param dueAt when the reminder was found due
 */
@EventType(name = "review.scoring-reminder-due", version = 1)
public record ScoringReminderDue(
    String reminderId,
    String callId,
    String reviewer,
    Instant deadline,
    int openPlans,
    Instant dueAt)
    implements IntegrationEvent {

  @Override
  public String key() {
    return reminderId;
  }
}
