package nexus.reporting.obligation;

import static nexus.reporting.obligation.ObligationFixtures.applicantWithEmail;
import static nexus.reporting.obligation.ObligationFixtures.awarded;
import static nexus.reporting.obligation.ObligationFixtures.hostSigned;
import static nexus.reporting.obligation.ObligationFixtures.newPlanId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import nexus.events.EventCodec;
import nexus.events.IntegrationEvent;
import nexus.messaging.EventInbox;
import nexus.reporting.ReportingContext;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reminder job as two replicas run it: each with its own ShedLock lock provider on the shared
 * database. Only one runs at a time, and each reminder is issued and mailed once.
 */
class RemindersIT extends ReportingContext {

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired EventInbox inbox;
  @Autowired EventCodec codec;
  @Autowired Reminders reminders;

  /** Within 14 days of the participant list's due date (2026-02-27) of ytec-2025. */
  static final Instant BEFORE_DUE = Instant.parse("2026-02-20T00:00:00Z");

  static final Instant AFTER_DUE = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void aReminderJobRunningOnTwoInstancesSendsEachReminderOnce() throws Exception {
    String planId = newPlanId();
    String contact = "host-" + System.nanoTime() + "@inst-a.example";
    deliver(awarded(planId));
    deliver(hostSigned(planId));
    mvc.perform(get("/api/plans/" + planId).with(applicantWithEmail("INST-A", contact)))
        .andExpect(status().isOk());

    String lock = "report-reminders-" + planId;
    LockingTaskExecutor first = replica();
    LockingTaskExecutor second = replica();
    AtomicInteger issued = new AtomicInteger();

    List<TaskResult<Integer>> before = together(first, second, lock, BEFORE_DUE, issued);
    assertThat(before).filteredOn(TaskResult::wasExecuted).hasSize(1);
    // the lock is held at least 30 s after a run, so an immediate second run is skipped too
    assertThat(run(second, lock, BEFORE_DUE, issued).wasExecuted()).isFalse();

    await().atMost(WAIT).until(() -> mailTo(contact).size() == 1);
    assertThat(subject(mailTo(contact).get(0))).contains("期限が近づいています");
    assertThat(body(mailTo(contact).get(0)))
        .contains(planId, "PARTICIPANT_LIST", "2026-02-28 00:00");

    List<TaskResult<Integer>> after = together(first, second, lock + "-after", AFTER_DUE, issued);
    assertThat(after).filteredOn(TaskResult::wasExecuted).hasSize(1);
    await().atMost(WAIT).until(() -> mailTo(contact).size() == 2);
    assertThat(subject(mailTo(contact).get(1))).contains("期限を過ぎています");

    // a later run on either replica (lock free again) issues nothing more for this plan
    reminders.remind(AFTER_DUE.plusSeconds(3600));
    Document stored = mongo.getCollection("obligations").find(new Document("_id", planId)).first();
    assertThat(stored.getList("remindersSent", String.class))
        .containsExactly(
            planId + ":PARTICIPANT_LIST:INST-A:BEFORE", planId + ":PARTICIPANT_LIST:INST-A:AFTER");
    await().atMost(WAIT).until(() -> ((List<?>) stored(planId).get("outbox")).isEmpty());
    assertThat(
            eventsOn("nexus.reporting.events", codec).stream()
                .filter(e -> e.type().equals("report.reminder-due") && planId.equals(e.key())))
        .hasSize(2);
    assertThat(mailTo(contact)).hasSize(2);
  }

  private Document stored(String planId) {
    return mongo.getCollection("obligations").find(new Document("_id", planId)).first();
  }

  /** A replica's own lock provider on the shared database, as ShedLock runs it. */
  private LockingTaskExecutor replica() {
    return new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
  }

  private List<TaskResult<Integer>> together(
      LockingTaskExecutor a, LockingTaskExecutor b, String lock, Instant now, AtomicInteger issued)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<TaskResult<Integer>> runA =
          () -> {
            start.await();
            return run(a, lock, now, issued);
          };
      Callable<TaskResult<Integer>> runB =
          () -> {
            start.await();
            return run(b, lock, now, issued);
          };
      Future<TaskResult<Integer>> fa = pool.submit(runA);
      Future<TaskResult<Integer>> fb = pool.submit(runB);
      start.countDown();
      return List.of(fa.get(), fb.get());
    } finally {
      pool.shutdown();
    }
  }

  private TaskResult<Integer> run(
      LockingTaskExecutor executor, String lock, Instant now, AtomicInteger issued) {
    try {
      return executor.executeWithLock(
          () -> {
            int n = reminders.remind(now);
            issued.addAndGet(n);
            return n;
          },
          new LockConfiguration(
              Instant.now(), lock, Duration.ofMinutes(10), Duration.ofSeconds(30)));
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private void deliver(IntegrationEvent event) {
    inbox.handle(codec.encode(codec.wrap(event, "test", null)));
  }
}
