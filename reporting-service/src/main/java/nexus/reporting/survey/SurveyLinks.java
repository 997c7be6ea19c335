package nexus.reporting.survey;

import java.time.Clock;
import java.time.Instant;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.SurveyTokens;
import nexus.web.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Personal survey links: a link opens only its own respondent's survey (found by the hash of the
 * token, the only thing stored), and only while the campaign is open.
 */
@Component
class SurveyLinks {

  private final MongoTemplate mongo;
  private final Clock clock;

  SurveyLinks(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * The respondent behind a link, while their campaign is open; else not found (an unknown,
   * mistyped or someone else's expired link tells nothing) or closed.
   */
  Respondent respondent(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw new NotFoundException("survey link");
    }
    Respondent r =
        mongo.findOne(
            Query.query(Criteria.where("tokenHashes").is(SurveyTokens.hash(token))),
            Respondent.class);
    if (r == null) {
      throw new NotFoundException("survey link");
    }
    Campaign c = mongo.findById(r.campaignId, Campaign.class);
    Instant now = clock.instant();
    if (c == null
        || !Campaigns.OPEN.equals(c.status)
        || now.isBefore(c.opensAt)
        || !now.isBefore(c.closesAt)) {
      throw new SurveyClosedException();
    }
    return r;
  }
}
