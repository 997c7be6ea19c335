package nexus.review.reminder;

import static nexus.testsupport.TestUsers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import nexus.events.EventCodec;
import nexus.events.PlanSubmitted;
import nexus.messaging.EventInbox;
import nexus.review.support.ReviewFixtures;
import nexus.review.support.Reviewing;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders before the scoring deadline really arrive at an SMTP server (GreenMail), once per
 * reviewer and deadline; the schedule runs once per cluster. Own database and consumer groups, so
 * that no other test context sends (or swallows) these mails.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=review-service",
      "spring.mongodb.database=review-mail",
      "spring.cloud.stream.bindings.intakeEvents-in-0.group=review-mail-it",
      "spring.cloud.stream.bindings.reviewEvents-in-0.group=review-mail-it",
      "spring.cloud.stream.bindings.deadLetterSink-in-0.group=review-mail-it-dlt"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class ScoringRemindersIT {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired MockMvc mvc;
  @Autowired EventCodec codec;
  @Autowired EventInbox inbox;
  @Autowired Reminders reminders;
  @Autowired MongoTemplate mongo;

  @Test
  void aReviewerWithOpenSheetsIsRemindedOnceBeforeTheDeadline() throws Exception {
    Reviewing reviewing = new Reviewing(mvc, codec, inbox);
    String id = UUID.randomUUID().toString().substring(0, 8);
    String call = "remind-" + id;
    PlanSubmitted plan = ReviewFixtures.plan(call, "Host " + id, "P", "CP " + id, "TH", "AI");
    reviewing.deliver(plan);
    reviewing.screenEligible(plan.planId());
    String late = "late-" + id;
    String done = "done-" + id;
    reviewing.addReviewer(late, "Late Reviewer", "Somewhere " + id, "AI");
    reviewing.addReviewer(done, "Done Reviewer", "Elsewhere " + id, "AI");
    reviewing.pin(plan.planId(), late);
    reviewing.pin(plan.planId(), done);
    reviewing.submitScores(done, plan.planId(), 3);
    mvc.perform(
            put("/api/calls/" + call + "/settings")
                .with(staff("staff-review"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reviewersPerPlan\":2,\"scoringDeadline\":\""
                        + Instant.now().plus(Duration.ofDays(1))
                        + "\",\"budgetJpy\":100000000,\"targetAwards\":45,\"maxPerCountry\":45,"
                        + "\"maxPerHostInstitution\":2,\"maxPerCounterpartInstitution\":2}"))
        .andExpect(status().isOk());

    assertThat(reminders.recordDue()).isGreaterThanOrEqualTo(1);
    assertThat(reminders.recordDue()).isZero();

    await().atMost(Duration.ofSeconds(30)).until(() -> !to(late + "@example.org").isEmpty());
    MimeMessage mail = to(late + "@example.org").get(0);
    assertThat(mail.getSubject()).contains(call);
    assertThat(GreenMailUtil.getBody(mail)).contains("Late Reviewer");
    assertThat(to(done + "@example.org")).isEmpty();
  }

  @Test
  void ofTwoInstancesOnlyOneRunsTheScheduledJob() throws Exception {
    var first = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
    var second = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
    String name = "review-lock-test-" + UUID.randomUUID();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch bothStarted = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (var executor : List.of(first, second)) {
      pool.submit(
          () -> {
            bothStarted.countDown();
            executor.executeWithLock(
                (Runnable) runs::incrementAndGet,
                new LockConfiguration(
                    Instant.now(), name, Duration.ofMinutes(1), Duration.ofSeconds(30)));
            return null;
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(runs).hasValue(1);
  }

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
