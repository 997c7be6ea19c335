package nexus.alumni.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nexus.alumni.membership.Claims;
import nexus.events.AlumniInvited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-mails alumni sends, each for one event on its own topic. Addresses and link secrets never
 * travel on the topic: they are read, and the claim link minted, here.
 */
@Component
public class MailEvents {

  private static final Logger log = LoggerFactory.getLogger(MailEvents.class);
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Mailer mailer;
  private final Claims claims;
  private final String linkBase;

  MailEvents(
      Mailer mailer, Claims claims, @Value("${nexus.alumni.mail.link-base-url}") String linkBase) {
    this.mailer = mailer;
    this.claims = claims;
    this.linkBase = linkBase;
  }

  /** The invitation to claim the profile, with a fresh single-use link. */
  public void invitation(AlumniInvited event) {
    claims
        .issueLink(event.alumnusId())
        .ifPresentOrElse(
            mail -> {
              mailer.send(
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
                      JST.format(mail.expiresAt().atZone(JAPAN))));
              log.info("claim invitation sent to member {}", event.alumnusId());
            },
            () ->
                log.info(
                    "member {}: claimed, erased or no address; no invitation", event.alumnusId()));
  }
}
