package nexus.intake.incoming;

import java.util.List;
import java.util.function.Consumer;
import nexus.events.AlumniErased;
import nexus.events.DocumentsRequested;
import nexus.events.ExchangeCompleted;
import nexus.events.InstitutionVerificationRequested;
import nexus.events.IntegrationEvent;
import nexus.events.MemberInvited;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.events.PlanSubmitted;
import nexus.events.ReviewersAssigned;
import nexus.intake.award.AwardedPlans;
import nexus.intake.document.PlanReviewers;
import nexus.intake.mail.MailEvents;
import nexus.intake.plan.DocumentRequests;
import nexus.intake.timeline.Timeline;
import nexus.intake.timeline.domain.TimelineSteps;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import nexus.web.erasure.Erasures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds the suite's topics ({@code suiteEvents-in-0}) to intake's inbox, and says what intake does
 * with each event: every plan event becomes a timeline step; an award is also kept for the
 * awarded-plan overlap rule; review's reviewer sets open the plan's documents to its reviewers;
 * participant lists and alumni erasures anonymise erased people in the plans. Types not listed here
 * are ignored by the inbox, not dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class SuiteEventsBinding {

  @Bean
  Consumer<Message<byte[]>> suiteEvents(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  EventHandlers intakeEventHandlers(
      Timeline timeline,
      AwardedPlans awardedPlans,
      DocumentRequests requests,
      MailEvents mail,
      PlanReviewers planReviewers,
      Erasures erasures) {
    EventHandlers.Builder handlers = EventHandlers.builder();
    // the receipt goes out after the step is recorded; a failed send retries both, and recording
    // a step twice keeps one
    handlers.on(
        PlanSubmitted.class,
        (submitted, envelope) -> {
          timeline.record(submitted, envelope);
          mail.receipt(submitted);
        });
    handlers.on(InstitutionVerificationRequested.class, (e, envelope) -> mail.verification(e));
    handlers.on(MemberInvited.class, (e, envelope) -> mail.invitation(e));
    handlers.on(
        PlanAwarded.class,
        (awarded, envelope) -> {
          awardedPlans.record(awarded);
          timeline.record(awarded, envelope);
          mail.awarded(awarded);
        });
    handlers.on(
        PlanNotSelected.class,
        (decision, envelope) -> {
          timeline.record(decision, envelope);
          mail.notSelected(decision);
        });
    // recording is idempotent by request id, so a retry after a failed send records nothing twice
    handlers.on(
        DocumentsRequested.class,
        (request, envelope) -> {
          timeline.record(request, envelope);
          requests.record(request);
          mail.documentsRequested(request);
        });
    // review's current reviewers of a plan: they may read its documents (the newest set wins);
    // not a timeline step (see TimelineSteps.eventTypes)
    handlers.on(ReviewersAssigned.class, (assigned, envelope) -> planReviewers.apply(assigned));
    // issue 7's erasure: the host's lists say who is who (kept as keys), alumni says who left
    handlers.on(
        ParticipantListSubmitted.class,
        (list, envelope) -> {
          timeline.record(list, envelope);
          erasures.listed(list.planId(), list.participants());
        });
    handlers.on(
        ExchangeCompleted.class,
        (completed, envelope) -> {
          timeline.record(completed, envelope);
          erasures.listed(completed.planId(), completed.participants());
        });
    handlers.on(AlumniErased.class, (erased, envelope) -> erasures.erased(erased));
    List<Class<?>> ownHandlers =
        List.of(
            PlanAwarded.class,
            PlanSubmitted.class,
            PlanNotSelected.class,
            DocumentsRequested.class,
            ParticipantListSubmitted.class,
            ExchangeCompleted.class);
    TimelineSteps.eventTypes().stream()
        .filter(type -> !ownHandlers.contains(type))
        .forEach(type -> onTimeline(handlers, type, timeline));
    return handlers.build();
  }

  private static <T extends IntegrationEvent> void onTimeline(
      EventHandlers.Builder handlers, Class<T> type, Timeline timeline) {
    handlers.on(type, timeline::record);
  }
}
