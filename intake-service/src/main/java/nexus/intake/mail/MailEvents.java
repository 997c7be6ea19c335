package nexus.intake.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nexus.events.DocumentsRequested;
import nexus.events.InstitutionVerificationRequested;
import nexus.events.MemberInvited;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.events.PlanSubmitted;
import nexus.intake.call.CallCatalog;
import nexus.intake.institution.LinkMail;
import nexus.intake.institution.Memberships;
import nexus.intake.institution.Registrations;
import nexus.intake.plan.PlanReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails intake sends, each for one event on its own topic (read by {@code suiteEvents} in
 * {@code nexus.intake.incoming}, which calls these after recording the step on the timeline). The
 * inbox applies each event once, so one event is one e-mail; a failed send is retried and then
 * dead-lettered, to be replayed by staff once SMTP is back. Addresses and link secrets never travel
 * on the topic: they are read, and the link minted, here.
 */
@Component
public class MailEvents {

  private static final Logger log = LoggerFactory.getLogger(MailEvents.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Mailer mailer;
  private final PlanReceipts receipts;
  private final CallCatalog calls;
  private final Registrations registrations;
  private final Memberships memberships;
  private final String linkBase;

  MailEvents(
      Mailer mailer,
      PlanReceipts receipts,
      CallCatalog calls,
      Registrations registrations,
      Memberships memberships,
      @Value("${nexus.intake.mail.link-base-url}") String linkBase) {
    this.mailer = mailer;
    this.receipts = receipts;
    this.calls = calls;
    this.registrations = registrations;
    this.memberships = memberships;
    this.linkBase = linkBase;
  }

  /** The receipt e-mail of a submitted version, to its PI in their language. */
  public void receipt(PlanSubmitted event) {
    receipt(mailer, receipts, calls, event);
  }

  /** The link that verifies an institution's contact address. */
  public void verification(InstitutionVerificationRequested event) {
    registrations
        .issueVerificationLink(event.institutionId())
        .ifPresent(mail -> link(mailer, "verification", mail, linkBase + "/institution/verify"));
  }

  /** The invitation of a PI or staff member. */
  public void invitation(MemberInvited event) {
    memberships
        .issueInvitationLink(event.institutionId(), event.invitationId())
        .ifPresent(mail -> link(mailer, "invitation", mail, linkBase + "/invitations/accept"));
  }

  /** Review asks the PI for more documents; the plan's page has the upload form. */
  public void documentsRequested(DocumentsRequested event) {
    toPi(
        event.planId(),
        "documents-requested",
        (receipt, language) ->
            Map.of(
                "receiptNumber",
                String.valueOf(receipt.receiptNumber()),
                "title",
                String.valueOf(receipt.title()),
                "institution",
                String.valueOf(receipt.institutionName()),
                "message",
                event.message() == null ? "" : event.message(),
                "dueDate",
                event.dueDate() == null ? "-" : event.dueDate().toString(),
                "link",
                linkBase + "/plans/" + event.planId()));
  }

  /** The PI learns that the plan was selected, with the amount and any conditions. */
  public void awarded(PlanAwarded event) {
    toPi(
        event.planId(),
        "awarded",
        (receipt, language) ->
            Map.of(
                "receiptNumber", String.valueOf(receipt.receiptNumber()),
                "title", String.valueOf(receipt.title()),
                "institution", String.valueOf(receipt.institutionName()),
                "amount", String.format("%,d", event.awardedAmountJpy()),
                "conditions",
                    event.conditions().isEmpty()
                        ? ("en".equals(language) ? "none" : "なし")
                        : "\n- " + String.join("\n- ", event.conditions()),
                "link", linkBase + "/plans/" + event.planId()));
  }

  /** The PI learns that the plan was not selected. */
  public void notSelected(PlanNotSelected event) {
    toPi(
        event.planId(),
        "not-selected",
        (receipt, language) ->
            Map.of(
                "receiptNumber", String.valueOf(receipt.receiptNumber()),
                "title", String.valueOf(receipt.title()),
                "institution", String.valueOf(receipt.institutionName()),
                "link", linkBase + "/plans/" + event.planId()));
  }

  private void toPi(
      String planId,
      String template,
      java.util.function.BiFunction<PlanReceipts.Receipt, String, Map<String, Object>> variables) {
    var receipt = receipts.find(planId);
    if (receipt.isEmpty() || receipt.get().piEmail() == null) {
      log.warn("plan {}: no PI address known, no {} e-mail sent", planId, template);
      return;
    }
    String language = receipt.get().piLanguage();
    mailer.send(
        receipt.get().piEmail(),
        language,
        template,
        String.valueOf(receipt.get().receiptNumber()),
        variables.apply(receipt.get(), language));
    log.info("{} e-mail sent for plan {}", template, planId);
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
