package nexus.review.reviewcase;

import java.util.function.Consumer;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds intake's topic ({@code intakeEvents-in-0}) and review's own ({@code reviewEvents-in-0}, for
 * the e-mails its events cause) to this service's inbox, and reporting's and alumni's ({@code
 * erasureEvents-in-0}) for erasure.
 */
@Configuration(proxyBeanMethods = false)
class IntakeEventsBinding {

  @Bean
  Consumer<Message<byte[]>> intakeEvents(EventInbox inbox) {
    return inbox::accept;
  }

  /** Reporting's and alumni's topics: participant lists and erasures (issue 7). */
  @Bean
  Consumer<Message<byte[]>> erasureEvents(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  Consumer<Message<byte[]>> reviewEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
