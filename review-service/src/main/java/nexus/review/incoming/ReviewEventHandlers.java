package nexus.review.incoming;

import nexus.events.AlumniErased;
import nexus.events.DocumentsSupplied;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PlanSubmitted;
import nexus.events.PlanWithdrawn;
import nexus.events.ScoringReminderDue;
import nexus.messaging.EventHandlers;
import nexus.review.exportcontrol.ExportControl;
import nexus.review.reminder.Reminders;
import nexus.review.reviewcase.ReviewCases;
import nexus.web.erasure.Erasures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes intake's events: a submission opens (or replaces) the case and screens it against the end
 * user list; a withdrawal closes it; supplied documents resume a paused case; a due reminder (from
 * review's own topic) is e-mailed; reporting's participant lists and alumni's erasures anonymise
 * erased people in the cases.
 */
@Configuration(proxyBeanMethods = false)
class ReviewEventHandlers {

  @Bean
  EventHandlers eventHandlers(
      ReviewCases cases, ExportControl exportControl, Reminders reminders, Erasures erasures) {
    return EventHandlers.builder()
        .on(
            PlanSubmitted.class,
            (submitted, envelope) -> {
              cases.open(submitted, envelope);
              exportControl.screen(submitted.planId());
              // a copy stored again (a replayed or late submission) loses erased people again
              erasures.reapply(submitted.planId());
            })
        .on(PlanWithdrawn.class, cases::close)
        .on(DocumentsSupplied.class, exportControl::supplied)
        .on(ScoringReminderDue.class, reminders::send)
        // issue 7's erasure: reporting's lists say who is who (kept as keys), alumni who left
        .on(
            ParticipantListSubmitted.class,
            (list, envelope) -> erasures.listed(list.planId(), list.participants()))
        .on(
            ExchangeCompleted.class,
            (completed, envelope) -> erasures.listed(completed.planId(), completed.participants()))
        .on(AlumniErased.class, (erased, envelope) -> erasures.erased(erased))
        .build();
  }
}
