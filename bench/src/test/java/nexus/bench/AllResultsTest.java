package nexus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllResultsTest {

  @Test
  void aResultLineReadsBackAsItWasWritten(@TempDir Path dir) {
    Path file = dir.resolve(ResultLine.FILE);
    ResultLine line =
        new ResultLine(
            "raw: MongoDB insertOne", "10 plans", 2703.5, "inserts/s", 34.0, 474.0, "—", "n/a", "");
    ResultLine.append(file, List.of(line));
    ResultLine.append(file, List.of(line));
    assertThat(ResultLine.read(file)).containsExactly(line, line);
  }

  @Test
  void theTableGivesEveryBenchmarkItsRowAndRatiosToTheRawBaseline() {
    List<ResultLine> lines =
        List.of(
            new ResultLine(
                "raw baseline: per plan", "s", 2000.0, "units/s", null, null, "—", "n/a", "1"),
            new ResultLine(
                "raw: MongoDB insertOne", "s", 2500.0, "inserts/s", 30.0, 400.0, "—", "n/a", ""),
            new ResultLine(
                "intake deadline surge",
                "s",
                160.0,
                "submissions/s",
                1008.0,
                4016.0,
                "p99 ≤ 250 ms",
                "no",
                "0.08"),
            new ResultLine(
                "reporting: survey campaign",
                "s",
                1250.0,
                "invitations/s",
                null,
                null,
                "≤ 60 s",
                "n/a",
                "vs:raw: MongoDB insertOne"),
            new ResultLine(
                "review: assignment", "s", 400.0, "plans/s", 5000.0, 5700.0, "≤ 30 s", "yes", ""));
    String md = AllResults.markdown(lines, "quick run, busy machine", "abc123", List.of("x.tsv"));
    assertThat(md)
        .contains("**quick run, busy machine**")
        .contains("- Commit: abc123")
        .contains("- Machine: ")
        .contains("No figures from:** x.tsv")
        .contains(
            "| benchmark | size | throughput | p50 | p99 | target | met? | ratio to raw baseline |")
        .contains("| raw baseline: per plan | s | 2,000 units/s | — | — | — | n/a | 1 (baseline) |")
        .contains(
            "| intake deadline surge | s | 160 submissions/s | 1.01 s | 4.02 s | p99 ≤ 250 ms | no | 8.0 % |")
        .contains("| 50 % of raw: MongoDB insertOne |")
        .contains("| review: assignment | s | 400 plans/s | 5.00 s | 5.70 s | ≤ 30 s | yes |  |");
  }

  @Test
  void missingFilesAreNamedNotFatal(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("results.md");
    AllResults.main(new String[] {"--out", out.toString(), dir.resolve("none.tsv").toString()});
    assertThat(Files.readString(out)).contains("No figures from:");
  }
}
