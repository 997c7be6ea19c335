package nexus.review.incoming;

import nexus.events.DocumentsSupplied;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.events.ScoringReminderDue;
import nexus.messaging.EventHandlers;
import nexus.review.exportcontrol.ExportControl;
import nexus.review.reminder.Reminders;
import nexus.review.reviewcase.ReviewCases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes intake's events: a submission opens (or replaces) the case and screens it against the end
 * user list; a withdrawal closes it; supplied documents resume a paused case; a due reminder (from
 * review's own topic) is e-mailed.
 */
@Configuration(proxyBeanMethods = false)
class ReviewEventHandlers {

  @Bean
  EventHandlers eventHandlers(ReviewCases cases, ExportControl exportControl, Reminders reminders) {
    return EventHandlers.builder()
        .on(
            PlanSubmitted.class,
            (submitted, envelope) -> {
              cases.open(submitted, envelope);
              exportControl.screen(submitted.planId());
            })
        .on(PlanWithdrawn.class, cases::close)
        .on(DocumentsSupplied.class, exportControl::supplied)
        .on(ScoringReminderDue.class, reminders::send)
        .build();
  }
}
