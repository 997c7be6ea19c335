package nexus.reporting;

import static nexus.reporting.obligation.ObligationFixtures.applicantWithEmail;
import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.obligation.CompletedPlans;
import nexus.reporting.obligation.Reminders;
import nexus.reporting.survey.CampaignScheduler;
import nexus.reporting.survey.Campaigns;
import nexus.testsupport.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheduled jobs as the scheduler calls them — {@link Reminders#run()} and {@link
 * CampaignScheduler#run()} through their {@code @SchedulerLock} — on replicas sharing one database:
 * while another replica holds a job's lock the job does nothing, and two runs at once issue one
 * reminder and launch a campaign once.
 */
class ScheduledJobsIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Reminders reminders;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;

  @Test
  void theReminderRunWaitsForAnotherReplicasLockAndTwoRunsAtOnceRemindOnce() throws Exception {
    String planId = newPlanId();
    String contact = "locked-" + System.nanoTime() + "@inst-a.example";
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    mvc.perform(get("/api/plans/" + planId).with(applicantWithEmail("INST-A", contact)))
        .andExpect(status().isOk());

    // the list was due 2026-02-27: overdue today, but another replica holds the job's lock
    SimpleLock held = holdLock("report-reminders");
    reminders.run();
    assertThat(remindersSent(planId)).isEmpty();
    held.unlock();

    together(reminders::run, reminders::run);
    assertThat(remindersSent(planId)).containsExactly(planId + ":PARTICIPANT_LIST:INST-A:AFTER");
    // the annotation's lockAtLeastFor (30 s) holds the lock after the run (released, it would end
    // when the run did); ShedLock counts the 30 s from when it took the lock's settings, a few
    // milliseconds before the time it records as lockedAt
    Document lock =
        mongo.getCollection("shedLock").find(new Document("_id", "report-reminders")).first();
    assertThat(Duration.between(lockedAt(lock), lock.getDate("lockUntil").toInstant()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(29));
    await().atMost(WAIT).until(() -> outboxEmpty("obligations", planId));
    assertThat(
            eventsOn("nexus.reporting.events", codec).stream()
                .filter(e -> e.type().equals("report.reminder-due") && planId.equals(e.key())))
        .hasSize(1);
    await().atMost(WAIT).until(() -> mailTo(contact).size() == 1);
  }

  @Test
  void theSurveyTickWaitsForAnotherReplicasLockAndTwoTicksAtOnceLaunchOnce() throws Exception {
    String tag = String.valueOf(System.nanoTime());
    String pi = "tick-pi-" + tag + "@inst-a.example";
    String one = "tick-one-" + tag + "@chula.example";
    String two = "tick-two-" + tag + "@vnu.example";
    String planId = CompletedPlans.completeAsAlumni(mvc, inbox, codec, pi, one, two);
    Instant now = Instant.now();
    String campaignId =
        campaigns
            .schedule(
                definition(tag),
                2027,
                "0 0 9 * * *",
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)))
            .id();

    // scheduled two days ago: a 09:00 JST of its cron has passed since, so the tick launches it
    // — but not while another replica holds the tick's lock
    SimpleLock held = holdLock("survey-campaigns");
    mongo
        .getCollection("survey_campaigns")
        .updateOne(
            new Document("_id", campaignId),
            new Document(
                "$set", new Document("createdAt", Date.from(now.minus(Duration.ofDays(2))))));
    scheduler.run();
    assertThat(campaigns.campaign(campaignId).status()).isEqualTo(Campaigns.SCHEDULED);
    held.unlock();

    together(scheduler::run, scheduler::run);
    // (the scheduler's own minute tick may be the one that launched it: still once)
    await()
        .atMost(WAIT)
        .until(() -> Campaigns.OPEN.equals(campaigns.campaign(campaignId).status()));
    assertThat(
            mongo
                .getCollection("survey_respondents")
                .countDocuments(new Document("campaignId", campaignId).append("planId", planId)))
        .isEqualTo(3);
    await().atMost(WAIT).until(() -> outboxEmpty("survey_campaigns", campaignId));
    assertThat(
            eventsOn("nexus.reporting.events", codec).stream()
                .filter(
                    e -> e.type().equals("survey-campaign.launched") && campaignId.equals(e.key())))
        .hasSize(1);
    await()
        .atMost(WAIT)
        .until(() -> List.of(pi, one, two).stream().allMatch(a -> mailTo(a).size() == 1));
  }

  /** Takes a job's lock as another replica's scheduler would (waiting while a run holds it). */
  private SimpleLock holdLock(String name) {
    MongoLockProvider otherReplica = new MongoLockProvider(mongo.getDb());
    AtomicReference<SimpleLock> lock = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(40))
        .until(
            () -> {
              Optional<SimpleLock> taken =
                  otherReplica.lock(
                      new LockConfiguration(
                          Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO));
              taken.ifPresent(lock::set);
              return taken.isPresent();
            });
    return lock.get();
  }

  /** Runs both at the same moment on two threads and waits for both. */
  private static void together(Runnable a, Runnable b) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> atOnce(start, a));
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> atOnce(start, b));
    CompletableFuture.allOf(first, second).get();
  }

  private static void atOnce(CyclicBarrier barrier, Runnable task) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    task.run();
  }

  private List<String> remindersSent(String planId) {
    List<String> sent =
        mongo
            .getCollection("obligations")
            .find(new Document("_id", planId))
            .first()
            .getList("remindersSent", String.class);
    return sent == null ? List.of() : sent;
  }

  private static Instant lockedAt(Document lock) {
    return lock.getDate("lockedAt").toInstant();
  }

  private boolean outboxEmpty(String collection, String id) {
    Document d = mongo.getCollection(collection).find(new Document("_id", id)).first();
    return d != null && d.getList("outbox", Document.class).isEmpty();
  }

  private String definition(String tag) throws Exception {
    return JsonPath.read(
        mvc.perform(
                post("/api/surveys/definitions")
                    .with(TestUsers.staff("staff-reporting"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"titleJa":"調査 %1$s","titleEn":"Survey %1$s","questions":[
                          {"id":"story","kind":"TEXT","textJa":"その後","textEn":"Since"}]}"""
                            .formatted(tag)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.id");
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
