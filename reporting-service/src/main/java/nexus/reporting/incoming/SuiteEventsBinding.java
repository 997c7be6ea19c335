package nexus.reporting.incoming;

import java.util.function.Consumer;
import nexus.events.AgreementSigned;
import nexus.events.AlumniContactChanged;
import nexus.events.AlumniErased;
import nexus.events.IncidentReported;
import nexus.events.InstitutionRegistered;
import nexus.events.MemberJoined;
import nexus.events.MemberLeft;
import nexus.events.ParticipantListSubmitted;
import nexus.events.PaymentDisbursed;
import nexus.events.PlanAwarded;
import nexus.events.ReportReminderDue;
import nexus.events.SettlementCompleted;
import nexus.events.SurveyCampaignLaunched;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import nexus.reporting.alumni.AlumniContacts;
import nexus.reporting.institution.InstitutionDirectory;
import nexus.reporting.mail.MailEvents;
import nexus.reporting.obligation.HostReports;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.ParticipantListErasure;
import nexus.reporting.statistics.StatisticsProjection;
import nexus.reporting.survey.SurveyErasure;
import nexus.reporting.survey.SurveyInvitations;
import nexus.web.erasure.Erasures;
import nexus.web.membership.InstitutionMembers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binds the suite's topics ({@code suiteEvents-in-0}: review, contract, alumni and reporting's own)
 * to the inbox, and routes each event type to its handler. The inbox applies each event once;
 * handlers are idempotent besides. Participant lists and alumni's erasures go to the shared erasure
 * component ({@link Erasures}), which anonymises erased people in every copy reporting keeps;
 * alumni's contact changes are the only addresses surveys mail participants at ({@link
 * AlumniContacts}).
 */
@Configuration(proxyBeanMethods = false)
class SuiteEventsBinding {

  @Bean
  Consumer<Message<byte[]>> suiteEvents(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  EventHandlers reportingEventHandlers(
      Obligations obligations,
      HostReports reports,
      MailEvents mail,
      InstitutionDirectory institutions,
      SurveyInvitations invitations,
      SurveyErasure surveyErasure,
      StatisticsProjection statistics,
      Erasures erasures,
      ParticipantListErasure lists,
      InstitutionMembers members,
      AlumniContacts alumni) {
    return EventHandlers.builder()
        .on(InstitutionRegistered.class, (event, envelope) -> institutions.registered(event))
        .on(MemberJoined.class, (event, envelope) -> members.joined(event))
        .on(MemberLeft.class, (event, envelope) -> members.left(event))
        .on(
            PlanAwarded.class,
            (event, envelope) -> {
              obligations.awarded(event, envelope);
              statistics.awarded(event);
            })
        .on(PaymentDisbursed.class, (event, envelope) -> statistics.disbursed(event))
        .on(
            ParticipantListSubmitted.class,
            (event, envelope) -> {
              statistics.participants(event.planId());
              // issue 7: who is who, kept as keys; a list handed in again loses erased people
              erasures.listed(event.planId(), event.participants());
            })
        .on(AgreementSigned.class, obligations::open)
        .on(
            SettlementCompleted.class,
            (event, envelope) -> {
              obligations.settled(event);
              statistics.settled(event);
              reports.completeIfDone(event.planId());
            })
        .on(
            AlumniErased.class,
            (event, envelope) -> {
              // the copies first (incidents, activity report, action plan): they find the person
              // by the names the participant list still gives; then the list itself, by id
              erasures.erased(event);
              lists.erase(event);
              event.participants().forEach(p -> surveyErasure.erase(p.planId(), p.participantId()));
              alumni.erased(event);
            })
        .on(AlumniContactChanged.class, (event, envelope) -> alumni.changed(event))
        .on(
            SurveyCampaignLaunched.class,
            (event, envelope) -> invitations.invite(event.campaignId()))
        .on(ReportReminderDue.class, (event, envelope) -> mail.reminder(event))
        .on(IncidentReported.class, (event, envelope) -> mail.incident(event))
        .build();
  }
}
