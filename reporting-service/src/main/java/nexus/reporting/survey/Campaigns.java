package nexus.reporting.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * Follow-up survey campaigns: scheduled with their cron, window and audience, closed at the end,
 * and shown with their response rates. Launching, the tick and the mails are elsewhere ({@link
 * CampaignScheduler}, {@link CampaignLaunch}, {@link SurveyInvitations}).
 */
@Service
public class Campaigns {

  public static final String SCHEDULED = "SCHEDULED";
  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  /** The roles a campaign can address: PI contacts and participants. */
  public static final List<String> ROLES = List.of(Respondent.PI, Respondent.PARTICIPANT);

  private final MongoTemplate mongo;
  private final SurveyDefinitions definitions;
  private final Clock clock;

  Campaigns(MongoTemplate mongo, SurveyDefinitions definitions, Clock clock) {
    this.mongo = mongo;
    this.definitions = definitions;
    this.clock = clock;
  }

  /** Schedules a yearly campaign addressed to PI contacts and participants. */
  public CampaignView schedule(
      String definitionId, int surveyYear, String cron, Instant opensAt, Instant closesAt) {
    return schedule(definitionId, surveyYear, cron, opensAt, closesAt, ROLES);
  }

  /**
   * Schedules a yearly campaign: its cron, the window in which its links work and whom it addresses
   * ({@code PI} contacts, {@code PARTICIPANT}s or both).
   */
  public CampaignView schedule(
      String definitionId,
      int surveyYear,
      String cron,
      Instant opensAt,
      Instant closesAt,
      List<String> roles) {
    definitions.definition(definitionId);
    List<String> audience =
        roles == null || roles.isEmpty() ? ROLES : ROLES.stream().filter(roles::contains).toList();
    if (audience.isEmpty()) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "survey.roles");
    }
    if (!CronExpression.isValidExpression(cron)) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "survey.cron", cron);
    }
    if (!closesAt.isAfter(opensAt)) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, "survey.window");
    }
    Campaign c = new Campaign();
    c.id = "sc-" + UUID.randomUUID();
    c.definitionId = definitionId;
    c.surveyYear = surveyYear;
    c.cron = cron;
    c.opensAt = opensAt;
    c.closesAt = closesAt;
    c.roles = new ArrayList<>(audience);
    c.status = SCHEDULED;
    c.createdAt = clock.instant();
    mongo.insert(c);
    return view(c);
  }

  /** Whether the campaign's window is open now (links work, launching is allowed). */
  public boolean windowOpen(CampaignView c) {
    Instant now = clock.instant();
    return !now.isBefore(c.opensAt()) && now.isBefore(c.closesAt());
  }

  /** Closes a campaign: links stop working. */
  public void close(String campaignId) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(campaignId)),
        new Update().set("status", CLOSED),
        Campaign.class);
  }

  /** Campaigns, newest first, with their response rates. */
  public Page<CampaignView> campaigns(Pageable pageable) {
    Query q = new Query().with(pageable);
    q.fields().exclude("outbox");
    return PageableExecutionUtils.getPage(
            mongo.find(q, Campaign.class), pageable, () -> mongo.count(new Query(), Campaign.class))
        .map(this::view);
  }

  public CampaignView campaign(String id) {
    return view(document(id));
  }

  /** The stored campaign, else not found. */
  Campaign document(String id) {
    Campaign c = mongo.findById(id, Campaign.class);
    if (c == null) {
      throw new NotFoundException("campaign " + id);
    }
    return c;
  }

  private CampaignView view(Campaign c) {
    long answered = count(c.id, Respondent.ANSWERED);
    long partial = count(c.id, Respondent.PARTIAL);
    return new CampaignView(
        c.id,
        c.definitionId,
        c.surveyYear,
        c.cron,
        c.opensAt,
        c.closesAt,
        c.status,
        c.launchedAt,
        c.roles == null ? ROLES : List.copyOf(c.roles),
        c.targets,
        c.unreachable,
        answered,
        partial,
        c.targets == 0 ? 0 : Math.round(answered * 1000.0 / c.targets) / 10.0);
  }

  private long count(String campaignId, String status) {
    return mongo.count(
        Query.query(Criteria.where("campaignId").is(campaignId).and("status").is(status)),
        Respondent.class);
  }
}
