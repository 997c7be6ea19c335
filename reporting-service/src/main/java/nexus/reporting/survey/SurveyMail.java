package nexus.reporting.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * One invitation: the address and its language, the link's token, the survey's title, when it
   * closes.
   */
  public record Invitation(
      String to, String language, String token, String titleJa, String titleEn, Instant closesAt) {}

  static final String TOKEN = "@@TOKEN@@";

  /**
   * Sends a batch of one campaign's invitations (or reminders): the text is rendered once per
   * language, and each mail gets its own link, which opens the survey in the reader's language.
   */
  void send(List<Invitation> invitations, boolean reminder) {
    Map<String, TextMailer.Rendered> texts = new LinkedHashMap<>();
    for (Invitation invitation : invitations) {
      String language = "en".equals(invitation.language()) ? "en" : "ja";
      TextMailer.Rendered text =
          texts.computeIfAbsent(language, l -> render(l, invitation, reminder));
      mailer.send(invitation.to(), text.subject(), text.body().replace(TOKEN, invitation.token()));
    }
  }

  private TextMailer.Rendered render(String language, Invitation first, boolean reminder) {
    return mailer.render(
        language,
        reminder ? "survey_reminder" : "survey_invitation",
        "en".equals(language) ? first.titleEn() : first.titleJa(),
        Map.of(
            "titleJa", first.titleJa(),
            "titleEn", first.titleEn(),
            "link", linkBase + "/public/surveys/" + TOKEN + "?lang=" + language,
            "closesAt", JST.format(first.closesAt().atZone(ZoneId.of("Asia/Tokyo")))));
  }
}
