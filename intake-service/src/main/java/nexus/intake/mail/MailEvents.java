package nexus.intake.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import nexus.events.InstitutionVerificationRequested;
import nexus.events.MemberInvited;
import nexus.events.PlanSubmitted;
import nexus.intake.call.CallCatalog;
import nexus.intake.institution.LinkMail;
import nexus.intake.institution.Memberships;
import nexus.intake.institution.Registrations;
import nexus.intake.plan.PlanReceipts;
import nexus.messaging.EventHandlers;
import nexus.messaging.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The e-mails intake sends, each for one event on its own topic ({@code intakeMail}, consumer group
 * {@code intake-service-mail}). The inbox applies each event once, so one event is one e-mail; a
 * failed send is retried and then dead-lettered, to be replayed by staff once SMTP is back.
 * Addresses and link secrets never travel on the topic: they are read, and the link minted, here.
 */
@Configuration(proxyBeanMethods = false)
class MailEvents {

  private static final Logger log = LoggerFactory.getLogger(MailEvents.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Bean
  Consumer<Message<byte[]>> intakeMail(EventInbox inbox) {
    return inbox::accept;
  }

  @Bean
  EventHandlers intakeEventHandlers(
      Mailer mailer,
      PlanReceipts receipts,
      CallCatalog calls,
      Registrations registrations,
      Memberships memberships,
      @Value("${nexus.intake.mail.link-base-url}") String linkBase) {
    return EventHandlers.builder()
        .on(PlanSubmitted.class, (event, envelope) -> receipt(mailer, receipts, calls, event))
        .on(
            InstitutionVerificationRequested.class,
            (event, envelope) ->
                registrations
                    .issueVerificationLink(event.institutionId())
                    .ifPresent(
                        mail ->
                            link(mailer, "verification", mail, linkBase + "/institution/verify")))
        .on(
            MemberInvited.class,
            (event, envelope) ->
                memberships
                    .issueInvitationLink(event.institutionId(), event.invitationId())
                    .ifPresent(
                        mail -> link(mailer, "invitation", mail, linkBase + "/invitations/accept")))
        .build();
  }

  private static void receipt(
      Mailer mailer, PlanReceipts receipts, CallCatalog calls, PlanSubmitted event) {
    var receipt = receipts.find(event.planId());
    if (receipt.isEmpty() || receipt.get().piEmail() == null) {
      log.warn("plan {}: no PI address known, no receipt e-mail sent", event.planId());
      return;
    }
    String language = receipt.get().piLanguage();
    String callTitle =
        calls
            .find(event.callId())
            .map(c -> "en".equals(language) ? c.titleEn() : c.titleJa())
            .orElse(event.callId());
    mailer.send(
        receipt.get().piEmail(),
        language,
        "receipt",
        receipt.get().receiptNumber(),
        Map.of(
            "receiptNumber", String.valueOf(receipt.get().receiptNumber()),
            "title", event.title(),
            "institution", String.valueOf(event.institutionName()),
            "call", callTitle,
            "version", event.submissionVersion() == null ? 1 : event.submissionVersion(),
            "submittedAt", JST.format(event.submittedAt().atZone(JAPAN))));
    log.info("receipt e-mail sent for plan {}", event.planId());
  }

  private static void link(Mailer mailer, String template, LinkMail mail, String page) {
    String institution =
        "en".equals(mail.language()) ? mail.institutionNameEn() : mail.institutionNameJa();
    mailer.send(
        mail.to(),
        mail.language(),
        template,
        institution,
        Map.of(
            "institution",
            institution,
            "role",
            mail.role() == null ? "" : mail.role(),
            "link",
            page + "?token=" + mail.token(),
            "expiresAt",
            JST.format(mail.expiresAt().atZone(JAPAN))));
    log.info("{} e-mail sent", template);
  }
}
