package nexus.contract.incoming;

import java.util.function.Consumer;
import nexus.contract.award.AwardedPlans;
import nexus.contract.casefile.ContractCases;
import nexus.contract.settlement.Settlements;
import nexus.events.AccountingReportSubmitted;
import nexus.events.AlumniErased;
import nexus.events.ExchangeCompleted;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PlanAwarded;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import nexus.web.erasure.Erasures;
import nexus.web.membership.InstitutionMembers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Routes the events contract consumes: an award opens its contract case (once, by plan id), an
 * accounting report settles the institution's advance (once per institution); participant lists and
 * alumni's erasures anonymise erased people in the cases; intake's memberships say who acts for
 * which institution ({@code nexus.web.membership}). Reporting's topic is bound as {@code
 * reportingEvents-in-0}; review's as {@code reviewEvents-in-0}; alumni's as {@code
 * alumniEvents-in-0}; intake's as {@code intakeEvents-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class ContractEventHandlers {

  @Bean
  EventHandlers eventHandlers(
      AwardedPlans awards,
      ContractCases cases,
      Settlements settlements,
      Erasures erasures,
      InstitutionMembers members) {
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
        // who acts for which institution: members of institutions people registered themselves
        .on(MemberJoined.class, (joined, envelope) -> members.joined(joined))
        .on(MemberLeft.class, (left, envelope) -> members.left(left))
        .build();
  }

  @Bean
  Consumer<Message<byte[]>> reportingEvents(EventInbox inbox) {
    return inbox::accept;
  }

  /** Intake's topic: memberships ({@code member.joined}, {@code member.left}); the rest ignored. */
  @Bean
  Consumer<Message<byte[]>> intakeEvents(EventInbox inbox) {
    return inbox::accept;
  }

  /** Alumni's topic: erasures (issue 7). */
  @Bean
  Consumer<Message<byte[]>> alumniEvents(EventInbox inbox) {
    return inbox::accept;
  }
}
