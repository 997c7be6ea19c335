package nexus.contract.incoming;

import java.util.function.Consumer;
import nexus.contract.award.AwardedPlans;
import nexus.contract.casefile.ContractCases;
import nexus.contract.settlement.Settlements;
import nexus.events.AccountingReportSubmitted;
import nexus.events.AlumniErased;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PlanAwarded;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import nexus.web.erasure.Erasures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Routes the events contract consumes: an award opens its contract case (once, by plan id), an
 * accounting report settles the institution's advance (once per institution); participant lists and
 * alumni's erasures anonymise erased people in the cases. Reporting's topic is bound as {@code
 * reportingEvents-in-0}; review's as {@code reviewEvents-in-0}; alumni's as {@code
 * alumniEvents-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class ContractEventHandlers {

  @Bean
  EventHandlers eventHandlers(
      AwardedPlans awards, ContractCases cases, Settlements settlements, Erasures erasures) {
    return EventHandlers.builder()
        .on(
            PlanAwarded.class,
            (awarded, envelope) -> {
              awards.record(awarded, envelope);
              cases.open(awarded);
              // a case opened after an erasure (a late or replayed award) is erased at once
              erasures.reapply(awarded.planId());
            })
        .on(AccountingReportSubmitted.class, (report, envelope) -> settlements.settle(report))
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

  @Bean
  Consumer<Message<byte[]>> reportingEvents(EventInbox inbox) {
    return inbox::accept;
  }

  /** Alumni's topic: erasures (issue 7). */
  @Bean
  Consumer<Message<byte[]>> alumniEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
