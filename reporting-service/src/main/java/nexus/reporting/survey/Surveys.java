package nexus.reporting.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nexus.events.SurveyAnswered;
import nexus.events.SurveyCampaignLaunched;
import nexus.messaging.Outbox;
import nexus.reporting.alumni.AlumniContacts;
import nexus.reporting.alumni.AlumniContacts.Contact;
import nexus.reporting.alumni.ParticipantKey;
import nexus.reporting.obligation.Obligations;
import nexus.reporting.obligation.PlanFacts;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.survey.SurveyDocuments.ActionAnswer;
import nexus.reporting.survey.SurveyDocuments.ActionPlan;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import nexus.reporting.survey.SurveyDocuments.Definition;
import nexus.reporting.survey.SurveyDocuments.Respondent;
import nexus.reporting.survey.domain.ActionItem;
import nexus.reporting.survey.domain.Answers;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.reporting.survey.domain.SurveyTokens;
import nexus.web.CurrentUser;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * Follow-up survey campaigns. Each campaign has its own cron (Asia/Tokyo): at each of its times the
 * cluster-wide tick (ShedLock) launches it once its window opens, reminds those who have not
 * answered while it is open, and closes it at its end. Launching selects the completed exchanges
 * that ended before the survey year, writes each respondent with the hash of a newly minted
 * personal link (the hash alone is kept) and hands the invitation to the mail sender, then records
 * {@link SurveyCampaignLaunched}; its handler mails whoever is still pending (a failed batch), with
 * the event consumer's retries and dead letters.
 */
@Service
public class Surveys {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Surveys.class);

  public static final String SCHEDULED = "SCHEDULED";
  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";
  static final String PENDING = "PENDING";
  static final String INVITED = "INVITED";
  static final String PARTIAL = "PARTIAL";
  static final String ANSWERED = "ANSWERED";
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final Set<String> ACTION_STATUSES =
      Set.of("DONE", "IN_PROGRESS", "NOT_STARTED", "DROPPED");
  static final int BATCH = 1000;

  /** The roles a campaign can address: PI contacts and participants. */
  public static final List<String> ROLES = List.of("PI", "PARTICIPANT");

  /** The ShedLock lock of the cluster-wide tick; launching from the staff page takes it too. */
  static final String TICK_LOCK = "survey-campaigns";

  private static final int LOCK_ATTEMPTS = 5;
  private static final Duration LOCK_RETRY = Duration.ofMillis(200);

  private final MongoTemplate mongo;
  private final Obligations obligations;
  private final SurveyMail mail;
  private final Outbox outbox;
  private final Clock clock;
  private final LockingTaskExecutor locks;
  private final IndicatorCounters indicatorCounters;
  private final AlumniContacts alumni;

  Surveys(
      MongoTemplate mongo,
      Obligations obligations,
      SurveyMail mail,
      Outbox outbox,
      Clock clock,
      LockProvider lockProvider,
      IndicatorCounters indicatorCounters,
      AlumniContacts alumni) {
    this.mongo = mongo;
    this.alumni = alumni;
    this.indicatorCounters = indicatorCounters;
    this.obligations = obligations;
    this.mail = mail;
    this.outbox = outbox;
    this.clock = clock;
    this.locks = new DefaultLockingTaskExecutor(lockProvider);
  }

  // ---- definitions

  /**
   * A new survey definition; question ids are unique, choices have options, and a question that
   * measures an outcome indicator is a choice with the option {@code YES}.
   */
  public DefinitionView define(String titleJa, String titleEn, List<Question> questions) {
    Set<String> ids = new java.util.HashSet<>();
    for (Question q : questions) {
      if (!ids.add(q.id())) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.duplicate-question", q.id());
      }
      if (q.kind() == QuestionKind.CHOICE && q.options().isEmpty()) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.choice-options", q.id());
      }
      // an indicator counts the plans where someone answered YES (see indicators())
      if (q.indicator() != null
          && (q.kind() != QuestionKind.CHOICE
              || q.options().stream().noneMatch(o -> Answers.YES.equals(o.value())))) {
        throw new RuleViolationException(
            HttpStatus.UNPROCESSABLE_CONTENT, "survey.indicator-yes", q.id());
      }
    }
    Definition d = new Definition();
    d.id = "sd-" + UUID.randomUUID();
    d.titleJa = titleJa;
    d.titleEn = titleEn;
    d.questions = List.copyOf(questions);
    d.createdAt = clock.instant();
    mongo.insert(d);
    return DefinitionView.of(d);
  }

  public List<DefinitionView> definitions() {
    return mongo.findAll(Definition.class).stream().map(DefinitionView::of).toList();
  }

  /** A survey definition as staff and respondents see it. */
  public record DefinitionView(
      String id, String titleJa, String titleEn, List<Question> questions) {
    static DefinitionView of(Definition d) {
      return new DefinitionView(d.id, d.titleJa, d.titleEn, List.copyOf(d.questions));
    }

    public String title(String language) {
      return "en".equals(language) ? titleEn : titleJa;
    }
  }

  /** One definition, else not found. */
  public DefinitionView definitionView(String id) {
    return DefinitionView.of(definition(id));
  }

  private Definition definition(String id) {
    Definition d = mongo.findById(id, Definition.class);
    if (d == null) {
      throw new NotFoundException("survey definition " + id);
    }
    return d;
  }

  // ---- campaigns

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
    definition(definitionId);
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

  /** What launching a campaign from the staff page came to. */
  public enum LaunchOutcome {
    /** launched now, invitations handed over */
    LAUNCHED,
    /** launched before (by its cron or by staff): nothing done */
    ALREADY_LAUNCHED,
    /** its window is not open now: nothing done */
    NOT_OPEN,
    /** the scheduled tick holds the cluster-wide lock right now: nothing done, try again */
    BUSY
  }

  /** The outcome and, when launched, the number of respondents invited. */
  public record LaunchResult(LaunchOutcome outcome, long respondents) {}

  /**
   * Launches a scheduled campaign whose window is open now, without waiting for its cron: under the
   * same cluster-wide lock as the scheduled tick, so neither the tick nor a second click (on any
   * replica) launches it again. The cron's current time counts as used: the tick's next action on
   * the campaign (a reminder) waits for the following cron time.
   */
  public LaunchResult launchNow(String campaignId) {
    campaign(campaignId);
    // a tick that has nothing to launch holds the lock for milliseconds: try a few times
    for (int attempt = 1; ; attempt++) {
      try {
        LockingTaskExecutor.TaskResult<LaunchResult> result =
            locks.executeWithLock(
                () -> launchIfOpen(campaignId, clock.instant()),
                new LockConfiguration(
                    clock.instant(), TICK_LOCK, Duration.ofMinutes(30), Duration.ZERO));
        if (result.wasExecuted()) {
          return result.getResult();
        }
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      if (attempt == LOCK_ATTEMPTS) {
        return new LaunchResult(LaunchOutcome.BUSY, 0);
      }
      try {
        Thread.sleep(LOCK_RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new LaunchResult(LaunchOutcome.BUSY, 0);
      }
    }
  }

  private LaunchResult launchIfOpen(String campaignId, Instant now) {
    Campaign c = mongo.findById(campaignId, Campaign.class);
    if (c == null) {
      throw new NotFoundException("campaign " + campaignId);
    }
    if (!SCHEDULED.equals(c.status)) {
      return new LaunchResult(LaunchOutcome.ALREADY_LAUNCHED, 0);
    }
    if (now.isBefore(c.opensAt) || !now.isBefore(c.closesAt)) {
      return new LaunchResult(LaunchOutcome.NOT_OPEN, 0);
    }
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(c.id)),
        new Update().set("lastTickAt", now),
        Campaign.class);
    return new LaunchResult(LaunchOutcome.LAUNCHED, launch(c.id, now));
  }

  /** The cluster-wide tick: each campaign acts at its own cron's times. */
  @Scheduled(cron = "${nexus.reporting.surveys.tick-cron:0 * * * * *}", zone = "Asia/Tokyo")
  @SchedulerLock(name = "survey-campaigns", lockAtMostFor = "PT30M")
  public void run() {
    tick(clock.instant());
  }

  /** Does what each campaign's cron says is due at {@code now}. */
  public void tick(Instant now) {
    Query active = Query.query(Criteria.where("status").in(SCHEDULED, OPEN));
    active.fields().exclude("outbox");
    for (Campaign c : mongo.find(active, Campaign.class)) {
      Instant from = c.lastTickAt != null ? c.lastTickAt : c.createdAt;
      LocalDateTime next = CronExpression.parse(c.cron).next(LocalDateTime.ofInstant(from, JAPAN));
      if (next == null || next.atZone(JAPAN).toInstant().isAfter(now)) {
        continue;
      }
      mongo.updateFirst(
          Query.query(Criteria.where("_id").is(c.id)),
          new Update().set("lastTickAt", now),
          Campaign.class);
      if (SCHEDULED.equals(c.status) && !now.isBefore(c.opensAt)) {
        launch(c.id, now);
      } else if (OPEN.equals(c.status) && !now.isBefore(c.closesAt)) {
        close(c.id);
      } else if (OPEN.equals(c.status)) {
        remind(c.id, now);
      }
    }
  }

  /**
   * Launches a campaign: one respondent per PI contact and per participant whom alumni allows to be
   * mailed (a member who consents to mail, at an address that does not bounce) of every completed
   * exchange that ended before the survey year; the other participants are counted as unreachable.
   * The launch event is recorded once. Returns the number of respondents.
   */
  public long launch(String campaignId, Instant now) {
    Campaign c = mongo.findById(campaignId, Campaign.class);
    if (c == null) {
      throw new NotFoundException("campaign " + campaignId);
    }
    if (!SCHEDULED.equals(c.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.launched");
    }
    mongo.remove(Query.query(Criteria.where("campaignId").is(campaignId)), Respondent.class);
    Definition d = definition(c.definitionId);
    List<String> planIds = new ArrayList<>();
    List<Respondent> batch = new ArrayList<>(BATCH);
    long[] inserted = {0};
    long[] unreachable = {0};
    // each batch is written with its link hashes, then its mails are handed over on another
    // thread while the next batch is built and written
    java.util.concurrent.ExecutorService sender =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    Map<java.util.concurrent.Future<?>, List<String>> handed = new LinkedHashMap<>();
    java.util.function.Consumer<List<Respondent>> flush =
        candidates -> {
          Map<String, Contact> to = recipients(candidates);
          unreachable[0] += candidates.size() - to.size();
          List<Respondent> respondents =
              candidates.stream().filter(r -> to.containsKey(r.id)).toList();
          List<SurveyMail.Invitation> mails = new ArrayList<>(respondents.size());
          for (Respondent r : respondents) {
            String token = SurveyTokens.newToken();
            r.tokenHashes = new ArrayList<>(List.of(SurveyTokens.hash(token)));
            r.status = INVITED;
            r.invitedAt = now;
            mails.add(invitation(to.get(r.id), token, d, c));
          }
          if (respondents.isEmpty()) {
            return;
          }
          mongo.insert(respondents, Respondent.class);
          inserted[0] += respondents.size();
          handed.put(
              sender.submit(() -> mail.send(mails, false)),
              respondents.stream().map(r -> r.id).toList());
        };
    boolean pis = c.roles == null || c.roles.contains("PI");
    boolean participants = c.roles == null || c.roles.contains("PARTICIPANT");
    obligations.forEachCompletedBefore(
        c.surveyYear,
        plan -> {
          planIds.add(plan.planId());
          int yearsAfter = c.surveyYear - plan.exchangeEnd().getYear();
          for (String email : pis ? plan.hostContacts() : List.<String>of()) {
            batch.add(respondent(c.id, plan.planId(), "PI", null, email, yearsAfter));
          }
          // participants are mailed only where alumni allows it (see recipients): never at the
          // address the host listed years ago
          for (var p : participants ? plan.participants() : List.<ConfirmedParticipant>of()) {
            batch.add(
                respondent(
                    c.id, plan.planId(), "PARTICIPANT", p.participantId(), null, yearsAfter));
          }
          if (batch.size() >= BATCH) {
            flush.accept(new ArrayList<>(batch));
            batch.clear();
          }
        });
    if (!batch.isEmpty()) {
      flush.accept(new ArrayList<>(batch));
    }
    sender.shutdown();
    // batches whose mails could not all be handed over wait as pending: the launch event's
    // handler mails every pending respondent (and is retried, then dead-lettered, on failure)
    List<String> notMailed = new ArrayList<>();
    for (var entry : handed.entrySet()) {
      try {
        entry.getKey().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        notMailed.addAll(entry.getValue());
      } catch (java.util.concurrent.ExecutionException e) {
        log.warn(
            "campaign {}: a batch of invitations failed: {}", campaignId, e.getCause().toString());
        notMailed.addAll(entry.getValue());
      }
    }
    backToPending(notMailed);
    long count = inserted[0];
    var launched =
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(campaignId).and("status").is(SCHEDULED)),
            new Update()
                .set("status", OPEN)
                .set("launchedAt", now)
                .set("targets", count)
                .set("unreachable", unreachable[0])
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
        count,
        planIds.size(),
        unreachable[0]);
    return count;
  }

  /**
   * Where each respondent is mailed now: a PI at their contact address, a participant where alumni
   * allows it (in the member's language); a participant alumni does not allow to be mailed is left
   * out.
   */
  private Map<String, Contact> recipients(List<Respondent> respondents) {
    List<ParticipantKey> keys =
        respondents.stream()
            .filter(r -> "PARTICIPANT".equals(r.role) && r.participantId != null)
            .map(r -> new ParticipantKey(r.planId, r.participantId))
            .toList();
    Map<ParticipantKey, Contact> mailable = alumni.mailable(keys);
    Map<String, Contact> to = new HashMap<>();
    for (Respondent r : respondents) {
      Contact contact =
          "PARTICIPANT".equals(r.role)
              ? mailable.get(new ParticipantKey(r.planId, r.participantId))
              : r.email == null ? null : new Contact(r.email, "ja");
      if (contact != null) {
        to.put(r.id, contact);
      }
    }
    return to;
  }

  private static SurveyMail.Invitation invitation(
      Contact to, String token, Definition d, Campaign c) {
    return new SurveyMail.Invitation(
        to.email(), to.language(), token, d.titleJa, d.titleEn, c.closesAt);
  }

  private static Respondent respondent(
      String campaignId,
      String planId,
      String role,
      String participantId,
      String email,
      int years) {
    Respondent r = new Respondent();
    r.id = UUID.randomUUID().toString();
    r.campaignId = campaignId;
    r.planId = planId;
    r.role = role;
    r.participantId = participantId;
    r.email = email;
    r.yearsAfter = years;
    r.status = PENDING;
    return r;
  }

  /**
   * Sends the invitations still pending for a launched campaign (from its launch event): launching
   * invites everyone at once, so this mails only those whose batch could not be handed over then.
   * Each gets a new personal link, whose hash is stored before the mail is handed over.
   */
  public int invite(String campaignId) {
    long start = System.nanoTime();
    int sent = mailEach(campaignId, List.of(PENDING), false, clock.instant());
    log.info(
        "campaign {}: {} invitations handed to the mail sender in {} ms",
        campaignId,
        sent,
        (System.nanoTime() - start) / 1_000_000);
    return sent;
  }

  /** Reminds everyone invited who has not answered, with a fresh link (the old one still works). */
  public int remind(String campaignId, Instant now) {
    return mailEach(campaignId, List.of(INVITED, PARTIAL), true, now);
  }

  private int mailEach(String campaignId, List<String> statuses, boolean reminder, Instant now) {
    Campaign c = mongo.findById(campaignId, Campaign.class);
    if (c == null || !OPEN.equals(c.status)) {
      return 0;
    }
    Definition d = definition(c.definitionId);
    // one pass over the campaign's respondents (a page-by-page query would scan them all again
    // for every page on a server without a usable index), mailed in batches
    Query query =
        Query.query(Criteria.where("campaignId").is(campaignId).and("status").in(statuses));
    query.fields().include("_id", "email", "role", "planId", "participantId");
    // the hashes of a batch are stored while the previous batch's mails are handed over
    java.util.concurrent.ExecutorService sender =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    Map<java.util.concurrent.Future<?>, List<String>> handed = new LinkedHashMap<>();
    int sent = 0;
    List<Respondent> batch = new ArrayList<>(BATCH);
    try (var respondents = mongo.stream(query, Respondent.class)) {
      var it = respondents.iterator();
      while (it.hasNext()) {
        batch.add(it.next());
        if (batch.size() == BATCH || !it.hasNext()) {
          List<SurveyMail.Invitation> mails = store(batch, c, d, reminder, now);
          handed.put(
              sender.submit(() -> mail.send(mails, reminder)),
              batch.stream().map(r -> r.id).toList());
          sent += mails.size();
          batch = new ArrayList<>(BATCH);
        }
      }
    } finally {
      sender.shutdown();
    }
    RuntimeException failure = null;
    List<String> notMailed = new ArrayList<>();
    for (var entry : handed.entrySet()) {
      try {
        entry.getKey().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = new IllegalStateException("interrupted mailing campaign " + campaignId, e);
        notMailed.addAll(entry.getValue());
      } catch (java.util.concurrent.ExecutionException e) {
        failure =
            e.getCause() instanceof RuntimeException r
                ? r
                : new IllegalStateException(e.getCause());
        notMailed.addAll(entry.getValue());
      }
    }
    if (failure != null) {
      // batches whose mails were not all handed over go back to pending: the event's retry
      // mails them again (with new links; a link that did go out still works)
      if (!reminder) {
        backToPending(notMailed);
      }
      throw failure;
    }
    return sent;
  }

  private void backToPending(List<String> respondentIds) {
    if (respondentIds.isEmpty()) {
      return;
    }
    BulkOperations revert = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Respondent.class);
    respondentIds.forEach(
        id ->
            revert.updateOne(
                Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", PENDING).unset("invitedAt")));
    revert.execute();
  }

  /**
   * Mints a link per respondent who may be mailed now (a participant who opted out, left or whose
   * address bounces since is not) and stores the hashes in one bulk write; returns the mails.
   */
  private List<SurveyMail.Invitation> store(
      List<Respondent> respondents, Campaign c, Definition d, boolean reminder, Instant now) {
    Map<String, Contact> to = recipients(respondents);
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
        update.set("status", INVITED).set("invitedAt", now);
      }
      bulk.updateOne(Query.query(Criteria.where("_id").is(r.id)), update);
      mails.add(invitation(to.get(r.id), token, d, c));
    }
    bulk.execute();
    return mails;
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
    Campaign c = mongo.findById(id, Campaign.class);
    if (c == null) {
      throw new NotFoundException("campaign " + id);
    }
    return view(c);
  }

  private CampaignView view(Campaign c) {
    long answered =
        mongo.count(
            Query.query(Criteria.where("campaignId").is(c.id).and("status").is(ANSWERED)),
            Respondent.class);
    long partial =
        mongo.count(
            Query.query(Criteria.where("campaignId").is(c.id).and("status").is(PARTIAL)),
            Respondent.class);
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

  /**
   * A campaign with its response tracking; {@code unreachable} counts the participants of the
   * surveyed exchanges alumni did not allow to be mailed at launch.
   */
  public record CampaignView(
      String id,
      String definitionId,
      int surveyYear,
      String cron,
      Instant opensAt,
      Instant closesAt,
      String status,
      Instant launchedAt,
      List<String> roles,
      long targets,
      long unreachable,
      long answered,
      long partial,
      double responseRatePercent) {}

  // ---- action plans

  /** Sets a plan's action plan (the host or staff, after the debrief). */
  public List<ActionItem> setActionPlan(String planId, List<ActionItem> items, CurrentUser user) {
    obligations.factsFor(planId, user);
    ActionPlan plan = new ActionPlan();
    plan.planId = planId;
    plan.items = List.copyOf(items);
    plan.updatedAt = clock.instant();
    mongo.save(plan);
    return plan.items;
  }

  /** A plan's action plan for one of its institutions or staff (anyone else: not found). */
  public List<ActionItem> actionPlanFor(String planId, CurrentUser user) {
    obligations.factsFor(planId, user);
    return actionPlan(planId);
  }

  public List<ActionItem> actionPlan(String planId) {
    return Optional.ofNullable(mongo.findById(planId, ActionPlan.class))
        .map(p -> p.items)
        .orElse(List.of());
  }

  // ---- respondents (personal links)

  /** What a respondent sees behind their link. */
  public record Form(
      String campaignId,
      int surveyYear,
      DefinitionView definition,
      String planTitle,
      String role,
      Map<String, String> answers,
      List<ActionItem> actionItems,
      Map<String, ActionAnswer> actionAnswers,
      String status,
      Instant closesAt) {}

  /**
   * The respondent behind a link, while their campaign is open; else not found (an unknown,
   * mistyped or someone else's expired link tells nothing).
   */
  public Form open(String token) {
    Respondent r = respondent(token);
    Campaign c = mongo.findById(r.campaignId, Campaign.class);
    Definition d = definition(c.definitionId);
    List<ActionItem> items = "PI".equals(r.role) ? actionPlan(r.planId) : List.of();
    Map<String, ActionAnswer> actionAnswers = new LinkedHashMap<>();
    r.actionItems.forEach(a -> actionAnswers.put(a.key(), a));
    return new Form(
        c.id,
        c.surveyYear,
        DefinitionView.of(d),
        obligations.facts(r.planId).map(PlanFacts::title).orElse(r.planId),
        r.role,
        Map.copyOf(r.answers),
        items,
        actionAnswers,
        r.status,
        c.closesAt);
  }

  /**
   * Saves answers: partially, or as the final answer (required questions needed), after which the
   * answer is closed and {@code SurveyAnswered} recorded for the plan.
   */
  public Form answer(
      String token, Map<String, String> answers, List<ActionAnswer> actions, boolean finalAnswer) {
    Respondent r = respondent(token);
    if (ANSWERED.equals(r.status)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.answered");
    }
    Campaign c = mongo.findById(r.campaignId, Campaign.class);
    Definition d = definition(c.definitionId);
    Map<String, String> cleaned = new HashMap<>();
    answers.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            cleaned.put(k, v.strip());
          }
        });
    List<Answers.Problem> problems = Answers.check(d.questions, cleaned, finalAnswer);
    if (!problems.isEmpty()) {
      throw new AnswersRefusedException(problems);
    }
    Set<String> itemKeys = new java.util.HashSet<>();
    if ("PI".equals(r.role)) {
      actionPlan(r.planId).forEach(i -> itemKeys.add(i.key()));
    }
    List<ActionAnswer> keptActions =
        actions.stream()
            .filter(a -> itemKeys.contains(a.key()) && ACTION_STATUSES.contains(a.status()))
            .toList();
    Instant now = clock.instant();
    Update update =
        new Update()
            .set("answers", cleaned)
            .set("actionItems", keptActions)
            .set("status", finalAnswer ? ANSWERED : PARTIAL);
    if (finalAnswer) {
      update.set("answeredAt", now);
    }
    var result =
        mongo.updateFirst(
            Query.query(Criteria.where("_id").is(r.id).and("status").ne(ANSWERED)),
            update,
            Respondent.class);
    if (result.getModifiedCount() == 0) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "survey.answered");
    }
    if (finalAnswer) {
      r.answers = cleaned;
      indicatorCounters.counted(r, d);
      obligations.record(r.planId, new SurveyAnswered(c.id, r.planId, now));
    }
    return open(token);
  }

  private Respondent respondent(String token) {
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
        || !OPEN.equals(c.status)
        || now.isBefore(c.opensAt)
        || !now.isBefore(c.closesAt)) {
      throw new SurveyClosedException();
    }
    return r;
  }

  /** Anonymises an erased alumnus's survey targets: address and answers' link to them go. */
  public void erase(String planId, String participantId) {
    mongo.updateMulti(
        Query.query(Criteria.where("planId").is(planId).and("participantId").is(participantId)),
        new Update().set("email", null).set("participantId", null).set("tokenHashes", List.of()),
        Respondent.class);
  }

  // ---- results

  /** Per question of a campaign: answered count, choice counts, number summary. */
  public record QuestionResult(
      String questionId,
      String textJa,
      String textEn,
      String kind,
      long answered,
      Map<String, Long> choices,
      Double average,
      Double min,
      Double max) {}

  public List<QuestionResult> results(String campaignId) {
    Campaign c = mongo.findById(campaignId, Campaign.class);
    if (c == null) {
      throw new NotFoundException("campaign " + campaignId);
    }
    Definition d = definition(c.definitionId);
    Query q = Query.query(Criteria.where("campaignId").is(campaignId).and("status").is(ANSWERED));
    q.fields().include("answers");
    List<Respondent> answered = mongo.find(q, Respondent.class);
    List<QuestionResult> results = new ArrayList<>();
    for (Question question : d.questions) {
      List<String> values =
          answered.stream()
              .map(r -> r.answers.get(question.id()))
              .filter(v -> v != null && !v.isBlank())
              .toList();
      Map<String, Long> choices = new LinkedHashMap<>();
      Double avg = null;
      Double min = null;
      Double max = null;
      if (question.kind() == QuestionKind.CHOICE) {
        question.options().forEach(o -> choices.put(o.value(), 0L));
        values.forEach(v -> choices.merge(v, 1L, Long::sum));
      } else if (question.kind() == QuestionKind.NUMBER && !values.isEmpty()) {
        var stats = values.stream().mapToDouble(Double::parseDouble).summaryStatistics();
        avg = stats.getAverage();
        min = stats.getMin();
        max = stats.getMax();
      }
      results.add(
          new QuestionResult(
              question.id(),
              question.textJa(),
              question.textEn(),
              question.kind().name(),
              values.size(),
              choices,
              avg,
              min,
              max));
    }
    return results;
  }

  /**
   * Outcome indicators across years: for each indicator and 1, 2, 3 years after the exchange, the
   * share of answering plans where any respondent said yes.
   */
  public record Indicator(
      String indicator, int yearsAfter, long plansAnswered, long plansYes, double sharePercent) {}

  /** The indicators, from counters kept as answers come (see {@link IndicatorCounters}). */
  public List<Indicator> indicators() {
    return indicatorCounters.indicators();
  }
}
