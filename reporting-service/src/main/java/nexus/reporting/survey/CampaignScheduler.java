package nexus.reporting.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nexus.reporting.survey.SurveyDocuments.Campaign;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * When campaigns act. Each has its own cron (Asia/Tokyo): at each of its times the cluster-wide
 * tick (ShedLock) launches it once its window opens, reminds those who have not answered while it
 * is open, and closes it at its end. Staff may launch one now, under the same lock.
 */
@Service
public class CampaignScheduler {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** The ShedLock lock of the cluster-wide tick; launching from the staff page takes it too. */
  static final String TICK_LOCK = "survey-campaigns";

  private static final int LOCK_ATTEMPTS = 5;
  private static final Duration LOCK_RETRY = Duration.ofMillis(200);

  private final MongoTemplate mongo;
  private final Campaigns campaigns;
  private final CampaignLaunch launch;
  private final SurveyInvitations invitations;
  private final Clock clock;
  private final LockingTaskExecutor locks;

  CampaignScheduler(
      MongoTemplate mongo,
      Campaigns campaigns,
      CampaignLaunch launch,
      SurveyInvitations invitations,
      Clock clock,
      LockProvider lockProvider) {
    this.mongo = mongo;
    this.campaigns = campaigns;
    this.launch = launch;
    this.invitations = invitations;
    this.clock = clock;
    this.locks = new DefaultLockingTaskExecutor(lockProvider);
  }

  /** The cluster-wide tick: each campaign acts at its own cron's times. */
  @Scheduled(cron = "${nexus.reporting.surveys.tick-cron:0 * * * * *}", zone = "Asia/Tokyo")
  @SchedulerLock(name = TICK_LOCK, lockAtMostFor = "PT30M")
  public void run() {
    tick(clock.instant());
  }

  /** Does what each campaign's cron says is due at {@code now}. */
  public void tick(Instant now) {
    Query active = Query.query(Criteria.where("status").in(Campaigns.SCHEDULED, Campaigns.OPEN));
    active.fields().exclude("outbox");
    for (Campaign c : mongo.find(active, Campaign.class)) {
      Instant from = c.lastTickAt != null ? c.lastTickAt : c.createdAt;
      LocalDateTime next = CronExpression.parse(c.cron).next(LocalDateTime.ofInstant(from, JAPAN));
      if (next == null || next.atZone(JAPAN).toInstant().isAfter(now)) {
        continue;
      }
      ticked(c.id, now);
      if (Campaigns.SCHEDULED.equals(c.status) && !now.isBefore(c.opensAt)) {
        launch.launch(c.id, now);
      } else if (Campaigns.OPEN.equals(c.status) && !now.isBefore(c.closesAt)) {
        campaigns.close(c.id);
      } else if (Campaigns.OPEN.equals(c.status)) {
        invitations.remind(c.id, now);
      }
    }
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
    campaigns.document(campaignId);
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
    Campaign c = campaigns.document(campaignId);
    if (!Campaigns.SCHEDULED.equals(c.status)) {
      return new LaunchResult(LaunchOutcome.ALREADY_LAUNCHED, 0);
    }
    if (now.isBefore(c.opensAt) || !now.isBefore(c.closesAt)) {
      return new LaunchResult(LaunchOutcome.NOT_OPEN, 0);
    }
    ticked(c.id, now);
    return new LaunchResult(LaunchOutcome.LAUNCHED, launch.launch(c.id, now));
  }

  /** The cron's time at {@code now} is used: the next action waits for the following one. */
  private void ticked(String campaignId, Instant now) {
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(campaignId)),
        new Update().set("lastTickAt", now),
        Campaign.class);
  }
}
