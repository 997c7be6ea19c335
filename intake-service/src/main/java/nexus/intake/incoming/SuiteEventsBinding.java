package nexus.intake.incoming;

import java.util.function.Consumer;
import nexus.events.IntegrationEvent;
import nexus.events.PlanAwarded;
import nexus.intake.award.AwardedPlans;
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
  EventHandlers intakeEventHandlers(Timeline timeline, AwardedPlans awardedPlans) {
    EventHandlers.Builder handlers = EventHandlers.builder();
    handlers.on(
        PlanAwarded.class,
        (awarded, envelope) -> {
          awardedPlans.record(awarded);
          timeline.record(awarded, envelope);
        });
    TimelineSteps.eventTypes().stream()
        .filter(type -> !type.equals(PlanAwarded.class))
        .forEach(type -> onTimeline(handlers, type, timeline));
    return handlers.build();
  }

  private static <T extends IntegrationEvent> void onTimeline(
      EventHandlers.Builder handlers, Class<T> type, Timeline timeline) {
    handlers.on(type, timeline::record);
  }
}
