package nexus.alumni.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nexus.alumni.announcement.AnnouncementDocument;
import nexus.alumni.announcement.Announcements;
import nexus.alumni.gathering.GatheringDocument;
import nexus.alumni.gathering.Gatherings;
import nexus.alumni.gathering.domain.VenueTime;
import nexus.alumni.membership.Bounces;
import nexus.alumni.membership.Claims;
import nexus.alumni.membership.MemberDocument;
import nexus.alumni.membership.Members;
import nexus.events.AlumniInvited;
import nexus.events.AlumniNotified;
import nexus.web.mail.MailRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails alumni sends, each for one event on its own topic. Addresses and link secrets never
 * travel on the topic: they are read, and the claim link minted, here. An address the mail server
 * refuses for good is marked as bouncing and gets nothing more (the event is done: a retry would be
 * refused again); any other failure throws, so the event is retried and finally dead-lettered.
 */
@Component
public class MailEvents {

  private static final Logger log = LoggerFactory.getLogger(MailEvents.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Mailer mailer;
  private final Claims claims;
  private final Members members;
  private final Gatherings gatherings;
  private final Announcements announcements;
  private final Bounces bounces;
  private final String linkBase;

  MailEvents(
      Mailer mailer,
      Claims claims,
      Members members,
      Gatherings gatherings,
      Announcements announcements,
      Bounces bounces,
      @Value("${nexus.alumni.mail.link-base-url}") String linkBase) {
    this.mailer = mailer;
    this.claims = claims;
    this.members = members;
    this.gatherings = gatherings;
    this.announcements = announcements;
    this.bounces = bounces;
    this.linkBase = linkBase;
  }

  /**
   * A gathering invitation, reminder or promotion, or an announcement. Invitations and
   * announcements go only to members who consent to mail at sending time; reminders and promotions
   * answer the member's own reply. Erased members get nothing.
   */
  public void notified(AlumniNotified event) {
    var member = members.document(event.alumnusId()).filter(m -> m.email != null);
    if (member.isEmpty()) {
      return;
    }
    MemberDocument m = member.get();
    if (m.emailBouncedAt != null) {
      log.info("member {}: the address bounces; {} not sent", m.id, event.kind());
      return;
    }
    boolean marketing =
        Gatherings.INVITATION.equals(event.kind()) || Announcements.KIND.equals(event.kind());
    if (marketing && !m.mailConsent) {
      log.info("member {} does not consent to mail; {} not sent", m.id, event.kind());
      return;
    }
    boolean ja = "ja".equals(m.language);
    if (Announcements.KIND.equals(event.kind())) {
      announcements.find(event.subjectId()).ifPresent(a -> announcement(m, a, ja));
      return;
    }
    String template =
        switch (event.kind()) {
          case Gatherings.INVITATION -> "gathering-invitation";
          case Gatherings.REMINDER -> "gathering-reminder";
          case Gatherings.PROMOTED -> "waitlist-promoted";
          default -> null;
        };
    if (template == null) {
      return;
    }
    gatherings.find(event.subjectId()).ifPresent(g -> gathering(m, g, template, ja));
  }

  private void gathering(MemberDocument m, GatheringDocument g, String template, boolean ja) {
    String title = ja ? g.titleJa : g.titleEn;
    send(
        m.id,
        m.email,
        m.language,
        template,
        title,
        Map.of(
            "name",
            m.name == null ? "" : m.name,
            "title",
            title,
            "place",
            g.place,
            "startsAt",
            VenueTime.format(
                g.startsAt, Gatherings.zoneOf(g), ja ? Locale.JAPANESE : Locale.ENGLISH),
            "link",
            linkBase + "/gatherings"));
  }

  private void announcement(MemberDocument m, AnnouncementDocument a, boolean ja) {
    String title = ja ? a.titleJa : a.titleEn;
    send(
        m.id,
        m.email,
        m.language,
        "announcement",
        title,
        Map.of(
            "name",
            m.name == null ? "" : m.name,
            "title",
            title,
            "body",
            ja ? a.bodyJa : a.bodyEn,
            "link",
            linkBase + "/me"));
  }

  /** The invitation to claim the profile, with a fresh single-use link. */
  public void invitation(AlumniInvited event) {
    claims
        .issueLink(event.alumnusId())
        .ifPresentOrElse(
            mail ->
                send(
                    event.alumnusId(),
                    mail.to(),
                    mail.language(),
                    "invitation",
                    mail.name(),
                    Map.of(
                        "name",
                        mail.name() == null ? "" : mail.name(),
                        "link",
                        linkBase + "/public/claim/" + mail.token(),
                        "expiresAt",
                        JST.format(mail.expiresAt().atZone(JAPAN)))),
            () ->
                log.info(
                    "member {}: claimed, erased, no address or a bouncing one; no invitation",
                    event.alumnusId()));
  }

  private void send(
      String memberId,
      String to,
      String language,
      String template,
      String subjectArgument,
      Map<String, Object> variables) {
    try {
      mailer.send(to, language, template, subjectArgument, variables);
      log.info("{} e-mail sent to member {}", template, memberId);
    } catch (MailRejectedException refused) {
      boolean marked = bounces.record(memberId, to, refused.reply());
      // the reply names the address: only its code goes to the log
      log.warn(
          "{} e-mail to member {} refused for good ({}); address marked as bouncing: {}",
          template,
          memberId,
          refused.reply().length() >= 3 ? refused.reply().substring(0, 3) : "5xx",
          marked);
    }
  }
}
