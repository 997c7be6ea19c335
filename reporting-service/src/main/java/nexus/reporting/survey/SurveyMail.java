package nexus.reporting.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nexus.reporting.mail.Mailer;
import nexus.web.mail.TextMailer;
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

  static final String TOKEN = "@@TOKEN@@";

  /**
   * Sends a batch of one campaign's invitations (or reminders): the text is rendered once and each
   * mail gets its own link.
   */
  void send(java.util.List<Invitation> invitations, boolean reminder) {
    if (invitations.isEmpty()) {
      return;
    }
    Invitation first = invitations.get(0);
    TextMailer.Rendered text =
        mailer.render(
            "ja",
            reminder ? "survey_reminder" : "survey_invitation",
            first.titleJa(),
            Map.of(
                "titleJa", first.titleJa(),
                "titleEn", first.titleEn(),
                "link", linkBase + "/public/surveys/" + TOKEN,
                "closesAt", JST.format(first.closesAt().atZone(ZoneId.of("Asia/Tokyo")))));
    for (Invitation invitation : invitations) {
      mailer.send(invitation.to(), text.subject(), text.body().replace(TOKEN, invitation.token()));
    }
  }
}
