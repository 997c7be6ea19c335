package nexus.contract.incoming;

import java.util.function.Consumer;
import nexus.contract.award.AwardedPlans;
import nexus.contract.casefile.ContractCases;
import nexus.contract.settlement.Settlements;
import nexus.events.AccountingReportSubmitted;
import nexus.events.PlanAwarded;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Routes the events contract consumes: an award opens its contract case (once, by plan id), an
 * accounting report settles the institution's advance (once per institution). Reporting's topic is
 * bound as {@code reportingEvents-in-0}; review's as {@code reviewEvents-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class ContractEventHandlers {

  @Bean
  EventHandlers eventHandlers(AwardedPlans awards, ContractCases cases, Settlements settlements) {
    return EventHandlers.builder()
        .on(
            PlanAwarded.class,
            (awarded, envelope) -> {
              awards.record(awarded, envelope);
              cases.open(awarded);
            })
        .on(AccountingReportSubmitted.class, (report, envelope) -> settlements.settle(report))
        .build();
  }

  @Bean
  Consumer<Message<byte[]>> reportingEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
