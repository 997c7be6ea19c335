package nexus.reporting.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nexus.events.SurveyCampaignLaunched;
import nexus.messaging.Outbox;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Launches a campaign: selects the completed exchanges that ended before the survey year, writes
 * each respondent with the hash of a newly minted personal link (the hash alone is kept) and hands
 * the invitation to the mail sender, then records {@link SurveyCampaignLaunched}; its handler mails
 * whoever is still pending (a failed batch), with the event consumer's retries and dead letters.
 */
@Service
class CampaignLaunch {

  private static final Logger log = LoggerFactory.getLogger(CampaignLaunch.class);

  private final MongoTemplate mongo;
  private final Campaigns campaigns;
  private final SurveyDefinitions definitions;
  private final Obligations obligations;
  private final Recipients recipients;
  private final SurveyMail mail;
  private final SurveyInvitations invitations;
  private final Outbox outbox;

  CampaignLaunch(
      MongoTemplate mongo,
      Campaigns campaigns,
      SurveyDefinitions definitions,
      Obligations obligations,
      Recipients recipients,
      SurveyMail mail,
      SurveyInvitations invitations,
      Outbox outbox) {
    this.mongo = mongo;
    this.campaigns = campaigns;
    this.definitions = definitions;
    this.obligations = obligations;
    this.recipients = recipients;
    this.mail = mail;
    this.invitations = invitations;
    this.outbox = outbox;
  }

  /**
   * Launches a campaign: one respondent per PI contact and per participant whom alumni allows to be
   * mailed (a member who consents to mail, at an address that does not bounce) of every completed
   * exchange that ended before the survey year; the other participants are counted as unreachable.
   * The launch event is recorded once. Returns the number of respondents.
   */
  long launch(String campaignId, Instant now) {
    Campaign c = campaigns.document(campaignId);
    if (!Campaigns.SCHEDULED.equals(c.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.launched");
    }
    mongo.remove(Query.query(Criteria.where("campaignId").is(campaignId)), Respondent.class);
    Definition d = definitions.definition(c.definitionId);
    List<String> planIds = new ArrayList<>();
    LaunchBatches batches;
    // each batch is written with its link hashes, then its mails are handed over on another
    // thread while the next batch is built and written
    try (MailHandover handover = new MailHandover(mail, campaignId, false)) {
      batches = new LaunchBatches(c, d, now, recipients, mongo, handover);
      obligations.forEachCompletedBefore(
          c.surveyYear,
          plan -> {
            planIds.add(plan.planId());
            batches.addPlan(plan);
          });
      batches.flush();
      // batches whose mails could not all be handed over wait as pending: the launch event's
      // handler mails every pending respondent (and is retried, then dead-lettered, on failure)
      invitations.backToPending(handover.await().notMailed());
    }
    var launched =
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(campaignId).and("status").is(Campaigns.SCHEDULED)),
            new Update()
                .set("status", Campaigns.OPEN)
                .set("launchedAt", now)
                .set("targets", batches.inserted())
                .set("unreachable", batches.unreachable())
                .push(
                    "outbox",
                    outbox.entryFor(
                        new SurveyCampaignLaunched(campaignId, c.surveyYear, planIds, now))),
            Campaign.class);
    if (launched.getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.launched");
    }
    log.info(
        "campaign {} launched: {} respondents of {} plans, {} participants not reachable",
        campaignId,
        batches.inserted(),
        planIds.size(),
        batches.unreachable());
    return batches.inserted();
  }
}
