package nexus.intake.incoming;

import java.util.function.Consumer;
import nexus.events.InstitutionVerificationRequested;
import nexus.events.IntegrationEvent;
import nexus.events.MemberInvited;
import nexus.events.PlanAwarded;
import nexus.events.PlanSubmitted;
import nexus.intake.award.AwardedPlans;
import nexus.intake.mail.MailEvents;
import nexus.intake.timeline.Timeline;
import nexus.intake.timeline.domain.TimelineSteps;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds the suite's topics ({@code suiteEvents-in-0}) to intake's inbox, and says what intake does
 * with each event: every plan event becomes a timeline step; an award is also kept for the
 * awarded-plan overlap rule. Types not listed here are ignored by the inbox, not dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class SuiteEventsBinding {

  @Bean
  Consumer<Message<byte[]>> suiteEvents(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  EventHandlers intakeEventHandlers(Timeline timeline, AwardedPlans awardedPlans, MailEvents mail) {
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
        });
    TimelineSteps.eventTypes().stream()
        .filter(type -> !type.equals(PlanAwarded.class) && !type.equals(PlanSubmitted.class))
        .forEach(type -> onTimeline(handlers, type, timeline));
    return handlers.build();
  }

  private static <T extends IntegrationEvent> void onTimeline(
      EventHandlers.Builder handlers, Class<T> type, Timeline timeline) {
    handlers.on(type, timeline::record);
  }
}
