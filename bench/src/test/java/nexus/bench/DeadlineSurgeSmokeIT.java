package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The driver end to end with a handful of plans: it writes a report with every section, every
 * submission accepted and delivered. No figure is asserted: this is a benchmark, not a timed test.
 */
class DeadlineSurgeSmokeIT {

  @Test
  void aSmallSurgeIsReportedWithEveryPlanSubmittedAndDeliveredToReview() throws Exception {
    Path report = Path.of("target", "deadline-surge-smoke.md");
    Files.deleteIfExists(report);

    DeadlineSurge.run(
        BenchOptions.parse(
            "--users", "3",
            "--plans", "7",
            "--warmup", "2",
            "--open-rates", "2",
            "--open-seconds", "2",
            "--institutions", "2",
            "--setup-concurrency", "2",
            "--mongo", "memory",
            "--timeout-minutes", "10",
            "--report", report.toString()));

    String markdown = Files.readString(report);
    assertThat(markdown)
        .doesNotContain("Run failed")
        .contains("7 plans (7 PIs, 2 institutions)")
        .contains("Warm-up (not measured): 2 drafts submitted")
        .contains("Accepted 7, errors 0")
        .contains("## Open loop")
        .contains("| 2 | 4 | ")
        .contains("Review cases 7 of 7 accepted plans (nothing lost)")
        .contains("| Mongo `insertOne` (3 at once) | 7 |")
        .contains("| Kafka produce → consume | 7 |")
        .contains("Raw baseline: **");
  }
}
