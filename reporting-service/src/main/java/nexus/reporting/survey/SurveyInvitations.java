package nexus.reporting.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nexus.reporting.alumni.AlumniContacts.Contact;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.SurveyTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The mails of an open campaign after its launch: the invitations a failed batch left pending, and
 * reminders to those who have not answered. Each mail carries a new personal link whose hash is
 * stored before it is handed over (a link that went out before keeps working).
 */
@Service
public class SurveyInvitations {

  private static final Logger log = LoggerFactory.getLogger(SurveyInvitations.class);

  private final MongoTemplate mongo;
  private final SurveyDefinitions definitions;
  private final Recipients recipients;
  private final SurveyMail mail;
  private final Clock clock;

  SurveyInvitations(
      MongoTemplate mongo,
      SurveyDefinitions definitions,
      Recipients recipients,
      SurveyMail mail,
      Clock clock) {
    this.mongo = mongo;
    this.definitions = definitions;
    this.recipients = recipients;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Sends the invitations still pending for a launched campaign (from its launch event): launching
   * invites everyone at once, so this mails only those whose batch could not be handed over then.
   */
  public int invite(String campaignId) {
    long start = System.nanoTime();
    int sent = mailEach(campaignId, List.of(Respondent.PENDING), false, clock.instant());
    log.info(
        "campaign {}: {} invitations handed to the mail sender in {} ms",
        campaignId,
        sent,
        (System.nanoTime() - start) / 1_000_000);
    return sent;
  }

  /** Reminds everyone invited who has not answered, with a fresh link (the old one still works). */
  public int remind(String campaignId, Instant now) {
    return mailEach(campaignId, List.of(Respondent.INVITED, Respondent.PARTIAL), true, now);
  }

  private int mailEach(String campaignId, List<String> statuses, boolean reminder, Instant now) {
    Campaign c = mongo.findById(campaignId, Campaign.class);
    if (c == null || !Campaigns.OPEN.equals(c.status)) {
      return 0;
    }
    Definition d = definitions.definition(c.definitionId);
    // one pass over the campaign's respondents (a page-by-page query would scan them all again
    // for every page on a server without a usable index), mailed in batches
    Query query =
        Query.query(Criteria.where("campaignId").is(campaignId).and("status").in(statuses));
    query.fields().include("_id", "email", "role", "planId", "participantId");
    int sent = 0;
    MailHandover.Outcome outcome;
    // the hashes of a batch are stored while the previous batch's mails are handed over
    try (MailHandover handover = new MailHandover(mail, campaignId, reminder);
        var respondents = mongo.stream(query, Respondent.class)) {
      List<Respondent> batch = new ArrayList<>(MailHandover.BATCH);
      var it = respondents.iterator();
      while (it.hasNext()) {
        batch.add(it.next());
        if (batch.size() == MailHandover.BATCH || !it.hasNext()) {
          List<SurveyMail.Invitation> mails = store(batch, c, d, reminder, now);
          handover.hand(mails, batch.stream().map(r -> r.id).toList());
          sent += mails.size();
          batch = new ArrayList<>(MailHandover.BATCH);
        }
      }
      outcome = handover.await();
    }
    if (outcome.failure() != null) {
      // batches whose mails were not all handed over go back to pending: the event's retry
      // mails them again (with new links; a link that did go out still works)
      if (!reminder) {
        backToPending(outcome.notMailed());
      }
      throw outcome.failure();
    }
    return sent;
  }

  /** Respondents whose invitation was not handed over wait, pending, for the launch event. */
  void backToPending(List<String> respondentIds) {
    if (respondentIds.isEmpty()) {
      return;
    }
    BulkOperations revert = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Respondent.class);
    respondentIds.forEach(
        id ->
            revert.updateOne(
                Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", Respondent.PENDING).unset("invitedAt")));
    revert.execute();
  }

  /**
   * Mints a link per respondent who may be mailed now (a participant who opted out, left or whose
   * address bounces since is not) and stores the hashes in one bulk write; returns the mails.
   */
  private List<SurveyMail.Invitation> store(
      List<Respondent> respondents, Campaign c, Definition d, boolean reminder, Instant now) {
    Map<String, Contact> to = recipients.of(respondents);
    if (to.isEmpty()) {
      return List.of();
    }
    BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Respondent.class);
    List<SurveyMail.Invitation> mails = new ArrayList<>(respondents.size());
    for (Respondent r : respondents) {
      if (!to.containsKey(r.id)) {
        continue;
      }
      String token = SurveyTokens.newToken();
      Update update = new Update().push("tokenHashes", SurveyTokens.hash(token));
      if (reminder) {
        update.set("remindedAt", now);
      } else {
        update.set("status", Respondent.INVITED).set("invitedAt", now);
      }
      bulk.updateOne(Query.query(Criteria.where("_id").is(r.id)), update);
      mails.add(Recipients.invitation(to.get(r.id), token, d, c));
    }
    bulk.execute();
    return mails;
  }
}
