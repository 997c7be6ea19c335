package nexus.alumni.incoming;

import java.util.function.Consumer;
import nexus.alumni.mail.MailEvents;
import nexus.alumni.membership.Enrolment;
import nexus.events.AlumniInvited;
import nexus.events.AlumniNotified;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantListSubmitted;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds reporting's topic and alumni's own ({@code suiteEvents-in-0}) to the inbox, and routes each
 * event type to its handler. Every handler is idempotent; the inbox applies an event id once.
 */
@Configuration(proxyBeanMethods = false)
class SuiteEventsBinding {

  @Bean
  Consumer<Message<byte[]>> suiteEvents(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  EventHandlers alumniEventHandlers(Enrolment enrolment, MailEvents mail) {
    return EventHandlers.builder()
        .on(ParticipantListSubmitted.class, (e, envelope) -> enrolment.rememberContacts(e))
        .on(ExchangeCompleted.class, (e, envelope) -> enrolment.enrol(e))
        .on(AlumniInvited.class, (e, envelope) -> mail.invitation(e))
        .on(AlumniNotified.class, (e, envelope) -> mail.notified(e))
        .build();
  }
}
