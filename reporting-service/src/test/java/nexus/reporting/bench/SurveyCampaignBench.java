package nexus.reporting.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nexus.reporting.alumni.AlumniContactFixtures;
import nexus.reporting.obligation.BenchPlans;
import nexus.reporting.survey.CampaignScheduler;
import nexus.reporting.survey.Campaigns;
import nexus.reporting.survey.SurveyDefinitions;
import nexus.reporting.survey.domain.Question;
import nexus.reporting.survey.domain.QuestionKind;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Benchmark, not a test (run on demand, see the module README): a follow-up campaign over {@code
 * bench.plans} completed plans with {@code bench.people} participants each (default 10,000 x 10 =
 * 100,000 respondents, each an alumni member who may be mailed) is launched, and the time until
 * every invitation (alumni address looked up, personal link minted, hash stored, mail rendered) has
 * been handed to the mail sender is measured, through the real path: {@link
 * CampaignScheduler#launchNow} (the staff page's path) writes each batch of respondents with their
 * link hashes and hands that batch's invitations to the mail sender itself, on a second thread
 * while the next batch is written (the launch event's handler only mails what a failed batch left
 * pending). The mail sender counts instead of speaking SMTP. Bounded by {@code
 * bench.timeout-seconds} (default 300).
 */
@SpringBootTest(
    properties = {
      "spring.config.name=reporting-service",
      "spring.mongodb.database=reporting-bench-survey",
      "nexus.reporting.reminders-cron=-",
      "nexus.reporting.surveys.tick-cron=-",
      "spring.cloud.stream.bindings.suiteEvents-in-0.group=reporting-bench-survey",
      "spring.cloud.stream.bindings.deadLetterSink-in-0.group=reporting-bench-survey-dlt"
    })
@WithEmbeddedInfrastructure
class SurveyCampaignBench {

  static final AtomicLong HANDED = new AtomicLong();

  @TestConfiguration
  static class CountingMail {
    @Bean
    @Primary
    JavaMailSenderImpl countingSender() {
      return new JavaMailSenderImpl() {
        @Override
        public void send(MimeMessage... messages) {
          HANDED.addAndGet(messages.length);
        }
      };
    }
  }

  @Autowired MongoTemplate mongo;
  @Autowired SurveyDefinitions definitions;
  @Autowired Campaigns campaigns;
  @Autowired CampaignScheduler scheduler;

  @Test
  void campaignOfOneHundredThousandRespondents() throws IOException {
    int plans = Integer.getInteger("bench.plans", 10_000);
    int people = Integer.getInteger("bench.people", 10);
    long timeout = Long.getLong("bench.timeout-seconds", 300);
    long setupStart = System.nanoTime();
    String prefix = "bench-survey-" + System.nanoTime() + "-";
    BenchPlans.insertCompleted(mongo, prefix, plans, people);
    // every participant an alumni member who may be mailed: the campaign reaches them all
    AlumniContactFixtures.insertMailable(mongo, prefix, plans, people);
    var definition =
        definitions.define(
            "追跡調査（ベンチマーク）",
            "Follow-up survey (benchmark)",
            List.of(
                new Question(
                    "jointResearch",
                    QuestionKind.CHOICE,
                    "共同研究",
                    "Joint research",
                    List.of(new Question.Option("YES", "はい", "Yes")),
                    true,
                    "JOINT_RESEARCH")));
    Instant now = Instant.now();
    var campaign =
        campaigns.schedule(
            definition.id(), 2027, "0 0 9 * * *", now.minusSeconds(60), now.plusSeconds(86_400));
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    long before = HANDED.get();

    long start = System.nanoTime();
    long respondents = scheduler.launchNow(campaign.id()).respondents();
    double createdSeconds = (System.nanoTime() - start) / 1e9;
    await()
        .atMost(Duration.ofSeconds(timeout))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> HANDED.get() - before >= respondents);
    double totalSeconds = (System.nanoTime() - start) / 1e9;

    String report =
        """
        # Survey campaign benchmark
        - plans: %d, participants per plan: %d, respondents: %d
        - setup (plans written, not measured): %.1f s
        - respondents created (launch): %.1f s
        - launch until every invitation was handed to the mail sender: %.1f s (target <= 60 s)
        - mails handed over: %d
        """
            .formatted(
                plans,
                people,
                respondents,
                setupSeconds,
                createdSeconds,
                totalSeconds,
                HANDED.get() - before);
    System.out.println(report);
    Files.writeString(Path.of("target", "bench-survey-campaign.md"), report);
    // the suite's one results table (bench/run-all): benchmark, size, throughput, unit, p50, p99,
    // target, met, baseline (each respondent is one document written: compared to raw inserts)
    boolean full = plans * (long) people == 100_000;
    StatisticsBench.appendResult(
        "reporting: survey campaign launch until every invitation is handed to the mail sender",
        "%d plans × %d people = %d respondents".formatted(plans, people, respondents),
        respondents / totalSeconds,
        "invitations/s",
        null,
        null,
        "≤ 60 s for 100,000 respondents (took %.1f s)".formatted(totalSeconds),
        full ? (totalSeconds <= 60 ? "yes" : "no") : "n/a",
        "vs:raw: MongoDB insertOne");
  }
}
