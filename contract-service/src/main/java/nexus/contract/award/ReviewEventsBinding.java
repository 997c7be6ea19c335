package nexus.contract.award;

import java.util.function.Consumer;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds review's topic ({@code reviewEvents-in-0}) to this service's inbox. */
@Configuration(proxyBeanMethods = false)
class ReviewEventsBinding {

  @Bean
  Consumer<Message<byte[]>> reviewEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
