package nexus.alumni.membership;

import java.util.function.Consumer;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds reporting's topic ({@code reportingEvents-in-0}) to this service's inbox. */
@Configuration(proxyBeanMethods = false)
class ReportingEventsBinding {

  @Bean
  Consumer<Message<byte[]>> reportingEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
