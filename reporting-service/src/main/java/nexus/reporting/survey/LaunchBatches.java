package nexus.reporting.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nexus.reporting.alumni.AlumniContacts.Contact;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.SurveyTokens;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The respondents of a launch, written and mailed a batch at a time: PI contacts and the
 * participants whom alumni allows to be mailed (the others are counted as unreachable).
 */
final class LaunchBatches {
  private final Campaign c;
  private final Definition d;
  private final Instant now;
  private final Recipients recipients;
  private final MongoTemplate mongo;
  private final MailHandover handover;
  private final boolean pis;
  private final boolean participants;
  private List<Respondent> batch = new ArrayList<>(MailHandover.BATCH);
  private long inserted;
  private long unreachable;

  LaunchBatches(
      Campaign c,
      Definition d,
      Instant now,
      Recipients recipients,
      MongoTemplate mongo,
      MailHandover handover) {
    this.c = c;
    this.d = d;
    this.now = now;
    this.recipients = recipients;
    this.mongo = mongo;
    this.handover = handover;
    this.pis = c.roles == null || c.roles.contains(Respondent.PI);
    this.participants = c.roles == null || c.roles.contains(Respondent.PARTICIPANT);
  }

  long inserted() {
    return inserted;
  }

  long unreachable() {
    return unreachable;
  }

  void addPlan(PlanFacts plan) {
    int yearsAfter = c.surveyYear - plan.exchangeEnd().getYear();
    if (pis) {
      for (String email : plan.hostContacts()) {
        batch.add(respondent(plan.planId(), Respondent.PI, null, email, yearsAfter));
      }
    }
    if (participants) {
      // participants are mailed only where alumni allows it (see Recipients): never at the
      // address the host listed years ago
      for (var p : plan.participants()) {
        batch.add(
            respondent(plan.planId(), Respondent.PARTICIPANT, p.participantId(), null, yearsAfter));
      }
    }
    if (batch.size() >= MailHandover.BATCH) {
      flush();
    }
  }

  /** Writes the batch's respondents who may be mailed, with their hashes, and hands mails over. */
  void flush() {
    List<Respondent> candidates = batch;
    batch = new ArrayList<>(MailHandover.BATCH);
    Map<String, Contact> to = recipients.of(candidates);
    unreachable += candidates.size() - to.size();
    List<Respondent> respondents = candidates.stream().filter(r -> to.containsKey(r.id)).toList();
    if (respondents.isEmpty()) {
      return;
    }
    List<SurveyMail.Invitation> mails = new ArrayList<>(respondents.size());
    for (Respondent r : respondents) {
      String token = SurveyTokens.newToken();
      r.tokenHashes = new ArrayList<>(List.of(SurveyTokens.hash(token)));
      r.status = Respondent.INVITED;
      r.invitedAt = now;
      mails.add(Recipients.invitation(to.get(r.id), token, d, c));
    }
    mongo.insert(respondents, Respondent.class);
    inserted += respondents.size();
    handover.hand(mails, respondents.stream().map(r -> r.id).toList());
  }

  private Respondent respondent(
      String planId, String role, String participantId, String email, int years) {
    Respondent r = new Respondent();
    r.id = UUID.randomUUID().toString();
    r.campaignId = c.id;
    r.planId = planId;
    r.role = role;
    r.participantId = participantId;
    r.email = email;
    r.yearsAfter = years;
    r.status = Respondent.PENDING;
    return r;
  }
}
