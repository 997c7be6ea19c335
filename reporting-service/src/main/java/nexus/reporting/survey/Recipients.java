package nexus.reporting.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nexus.reporting.alumni.AlumniContacts;
import nexus.reporting.alumni.AlumniContacts.Contact;
import nexus.reporting.alumni.ParticipantKey;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import org.springframework.stereotype.Component;

/**
 * Where each respondent is mailed, decided each time they are: a PI at the host's contact address
 * (in Japanese), a participant only where alumni allows it, in the member's language (issue 6:
 * participants via alumni), never at the participant list's address.
 */
@Component
class Recipients {

  private final AlumniContacts alumni;

  Recipients(AlumniContacts alumni) {
    this.alumni = alumni;
  }

  /** The respondents who may be mailed now, by respondent id; the others are left out. */
  Map<String, Contact> of(List<Respondent> respondents) {
    List<ParticipantKey> keys =
        respondents.stream()
            .filter(r -> Respondent.PARTICIPANT.equals(r.role) && r.participantId != null)
            .map(r -> new ParticipantKey(r.planId, r.participantId))
            .toList();
    Map<ParticipantKey, Contact> mailable = alumni.mailable(keys);
    Map<String, Contact> to = new HashMap<>();
    for (Respondent r : respondents) {
      Contact contact =
          Respondent.PARTICIPANT.equals(r.role)
              ? mailable.get(new ParticipantKey(r.planId, r.participantId))
              : r.email == null ? null : new Contact(r.email, "ja");
      if (contact != null) {
        to.put(r.id, contact);
      }
    }
    return to;
  }

  /** The mail to a recipient, with their link's token. */
  static SurveyMail.Invitation invitation(Contact to, String token, Definition d, Campaign c) {
    return new SurveyMail.Invitation(
        to.email(), to.language(), token, d.titleJa, d.titleEn, c.closesAt);
  }
}
