package nexus.reporting.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nexus.reporting.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Hands survey invitations and reminders, each with its personal link, to the mail sender. */
@Component
public class SurveyMail {

  static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Mailer mailer;
  private final String linkBase;

  SurveyMail(Mailer mailer, @Value("${nexus.reporting.mail.link-base-url}") String linkBase) {
    this.mailer = mailer;
    this.linkBase = linkBase;
  }

  /** One invitation: the address, the link's token, the survey's title, when it closes. */
  public record Invitation(
      String to, String token, String titleJa, String titleEn, Instant closesAt) {}

  void send(Invitation invitation, boolean reminder) {
    mailer.send(
        invitation.to(),
        "ja",
        reminder ? "survey_reminder" : "survey_invitation",
        invitation.titleJa(),
        Map.of(
            "titleJa", invitation.titleJa(),
            "titleEn", invitation.titleEn(),
            "link", linkBase + "/public/surveys/" + invitation.token(),
            "closesAt", JST.format(invitation.closesAt().atZone(ZoneId.of("Asia/Tokyo")))));
  }
}
