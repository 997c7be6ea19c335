package nexus.reporting.bench;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nexus.reporting.obligation.BenchPlans;
import nexus.reporting.statistics.StatisticsProjection;
import nexus.reporting.survey.BenchAnswers;
import nexus.testsupport.TestUsers;
import nexus.testsupport.WithEmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Benchmark, not a test (run on demand, see the module README): the statistics over {@code
 * bench.plans} plans with {@code bench.people} participants each (default 100,000 x 10 = 1,000,000
 * participant records) are fed through the incremental projection (the cost of keeping them is
 * reported too), and {@code bench.answered} final survey answers per plan (default 2: the PI and a
 * participant; 200,000) are stored and counted into the outcome indicators as answers are; then the
 * staff's statistics API, the statistics page (which shows the indicators) and the indicators API
 * are requested {@code bench.requests} times each and their p50/p95/max reported.
 */
@SpringBootTest(
    properties = {
      "spring.config.name=reporting-service",
      "spring.mongodb.database=reporting-bench-statistics",
      "nexus.reporting.reminders-cron=-",
      "nexus.reporting.surveys.tick-cron=-",
      "spring.cloud.stream.bindings.suiteEvents-in-0.group=reporting-bench-statistics",
      "spring.cloud.stream.bindings.deadLetterSink-in-0.group=reporting-bench-statistics-dlt"
    })
@WithEmbeddedInfrastructure
@AutoConfigureMockMvc
class StatisticsBench {

  @Autowired StatisticsProjection statistics;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void statisticsOverOneMillionParticipants() throws Exception {
    int plans = Integer.getInteger("bench.plans", 100_000);
    int people = Integer.getInteger("bench.people", 10);
    int requests = Integer.getInteger("bench.requests", 200);
    int answeredPerPlan = Integer.getInteger("bench.answered", 2);
    String prefix = "bench-stat-" + System.nanoTime() + "-";
    String[] types = {"UNIVERSITY", "TECHNICAL_COLLEGE", "HIGH_SCHOOL", "COMPANY"};

    long feedLimit = Long.getLong("bench.feed-timeout-seconds", 900) * 1_000_000_000L;
    long feedStart = System.nanoTime();
    int fed = 0;
    for (int i = 0; i < plans && System.nanoTime() - feedStart < feedLimit; i++, fed++) {
      String planId = prefix + i;
      statistics.participants(
          planId,
          "ytec-" + (2025 + i % 4),
          BenchPlans.participants(planId, i, people),
          BenchPlans.field(i),
          i % 4 == 0 ? "MENTOR" : "YOUNG_TALENT",
          types[i % types.length]);
    }
    double feedSeconds = (System.nanoTime() - feedStart) / 1e9;
    BenchAnswers.Written answers = BenchAnswers.insert(context, prefix, fed, answeredPerPlan);

    for (int i = 0; i < 20; i++) { // warm-up
      mvc.perform(get("/api/statistics/people").with(TestUsers.staff("staff-reporting")));
    }
    long[] api = new long[requests];
    long[] page = new long[requests];
    long[] indicators = new long[requests];
    for (int i = 0; i < requests; i++) {
      String call = i % 2 == 0 ? "ALL" : "ytec-2026";
      long t = System.nanoTime();
      mvc.perform(
              get("/api/statistics/people")
                  .param("call", call)
                  .with(TestUsers.staff("staff-reporting")))
          .andExpect(status().isOk());
      api[i] = System.nanoTime() - t;
      t = System.nanoTime();
      mvc.perform(get("/statistics").param("call", call).with(TestUsers.staff("staff-reporting")))
          .andExpect(status().isOk());
      page[i] = System.nanoTime() - t;
      t = System.nanoTime();
      mvc.perform(get("/api/surveys/indicators").with(TestUsers.staff("staff-reporting")))
          .andExpect(status().isOk());
      indicators[i] = System.nanoTime() - t;
    }
    String report =
        """
        # Statistics benchmark
        - plans: %d of %d fed (bounded by bench.feed-timeout-seconds), participants per plan: %d, participant records: %d
        - feeding every list through the incremental projection: %.1f s (%.2f ms per list)
        - answered survey respondents: %d (counting each into the indicators: %.3f ms per answer)
        - GET /api/statistics/people, %d requests: %s
        - GET /statistics (page with all tables, budget, survey indicators), %d requests: %s
        - GET /api/surveys/indicators, %d requests: %s
        - target: p95 <= 200 ms
        """
            .formatted(
                fed,
                plans,
                people,
                (long) fed * people,
                feedSeconds,
                feedSeconds * 1000 / Math.max(fed, 1),
                answers.answers(),
                answers.countingSeconds() * 1000 / Math.max(answers.answers(), 1),
                requests,
                percentiles(api),
                requests,
                percentiles(page),
                requests,
                percentiles(indicators));
    System.out.println(report);
    Files.writeString(Path.of("target", "bench-statistics.md"), report);
    boolean full = plans == 100_000 && people == 10 && fed == plans;
    String size =
        "%d plans × %d people, %d answered respondents, %d requests"
            .formatted(fed, people, answers.answers(), requests);
    appendResult(
        "reporting: statistics API GET /api/statistics/people",
        size,
        requests / (Arrays.stream(api).sum() / 1e9),
        "requests/s (one at a time)",
        nth(api, 0.50),
        nth(api, 0.99),
        "p95 ≤ 200 ms (p95 %.1f ms)".formatted(nth(api, 0.95)),
        full ? (nth(api, 0.95) <= 200 ? "yes" : "no") : "n/a",
        null);
    appendResult(
        "reporting: statistics page GET /statistics",
        size,
        requests / (Arrays.stream(page).sum() / 1e9),
        "pages/s (one at a time)",
        nth(page, 0.50),
        nth(page, 0.99),
        "p95 ≤ 200 ms (p95 %.1f ms)".formatted(nth(page, 0.95)),
        full ? (nth(page, 0.95) <= 200 ? "yes" : "no") : "n/a",
        null);
    appendResult(
        "reporting: survey indicators API GET /api/surveys/indicators",
        size,
        requests / (Arrays.stream(indicators).sum() / 1e9),
        "requests/s (one at a time)",
        nth(indicators, 0.50),
        nth(indicators, 0.99),
        "p95 ≤ 200 ms (p95 %.1f ms)".formatted(nth(indicators, 0.95)),
        full ? (nth(indicators, 0.95) <= 200 ? "yes" : "no") : "n/a",
        null);
    appendResult(
        "reporting: statistics kept incrementally (one participant list)",
        "%d lists of %d people".formatted(fed, people),
        fed / feedSeconds,
        "lists/s",
        null,
        null,
        "—",
        "n/a",
        null);
  }

  /** The {@code q}-quantile of the latencies, in ms. */
  static double nth(long[] nanos, double q) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
  }

  /**
   * Appends one line to {@code target/bench-results.tsv}, the suite's one results table ({@code
   * bench/run-all}): tab-separated benchmark, size, throughput, unit, p50 ms, p99 ms, target, met
   * ({@code yes}/{@code no}/{@code n/a}), baseline ({@code vs:<benchmark>} or empty).
   */
  static void appendResult(
      String benchmark,
      String size,
      double throughput,
      String unit,
      Double p50Ms,
      Double p99Ms,
      String target,
      String met,
      String baseline)
      throws IOException {
    java.util.function.Function<Double, String> n =
        d -> d == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", d);
    String line =
        String.join(
            "\t",
            benchmark,
            size,
            n.apply(throughput),
            unit,
            n.apply(p50Ms),
            n.apply(p99Ms),
            target,
            met,
            baseline == null ? "" : baseline);
    Path results = Path.of("target", "bench-results.tsv");
    Files.createDirectories(results.getParent());
    Files.writeString(
        results,
        line + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return "p50 %.1f ms, p95 %.1f ms, max %.1f ms"
        .formatted(
            sorted[sorted.length / 2] / 1e6,
            sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
            sorted[sorted.length - 1] / 1e6);
  }
}
