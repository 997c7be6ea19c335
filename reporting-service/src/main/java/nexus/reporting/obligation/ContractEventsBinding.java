package nexus.reporting.obligation;

import java.util.function.Consumer;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds contract's topic ({@code contractEvents-in-0}) to this service's inbox. */
@Configuration(proxyBeanMethods = false)
class ContractEventsBinding {

  @Bean
  Consumer<Message<byte[]>> contractEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
