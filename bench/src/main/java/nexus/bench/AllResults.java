package nexus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's one results table ({@code bench/run-all}): reads the result lines every benchmark of
 * the run wrote ({@link ResultLine}, {@code <module>/target/bench-results.tsv}) and writes a
 * Markdown report — machine, date, commit, how the run was labelled (quick or full, how busy), then
 * one table: benchmark, size, throughput, p50, p99, target, met, ratio to the raw baseline where
 * that ratio means something.
 *
 * <p>{@code AllResults --out bench/target/results.md --label "..." --commit abc123 file...}
 */
public final class AllResults {

  private AllResults() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of("target", "results.md");
    String label = System.getenv().getOrDefault("BENCH_LABEL", "");
    String commit = "";
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--label" -> label = args[++i];
        case "--commit" -> commit = args[++i];
        default -> files.add(Path.of(args[i]));
      }
    }
    List<ResultLine> lines = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path file : files) {
      if (Files.exists(file)) {
        lines.addAll(ResultLine.read(file));
      } else {
        missing.add(file.toString());
      }
    }
    String markdown = markdown(lines, label, commit, missing);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, markdown);
    System.out.println(markdown);
    System.out.println("Results written to " + out.toAbsolutePath());
  }

  static String markdown(
      List<ResultLine> lines, String label, String commit, List<String> missing) {
    StringBuilder md = new StringBuilder("# NEXUS Exchange benchmarks: one run\n\n");
    if (!label.isBlank()) {
      md.append("**").append(label).append("**\n\n");
    }
    md.append("- Date: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
    md.append("- Commit: ").append(commit.isBlank() ? "unknown" : commit).append('\n');
    // (the heap is this small program's own, not the benchmarks')
    md.append("- Machine: ")
        .append(Machine.describe().replaceAll(", max heap .*", ""))
        .append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "- Load average (1 min) when the table was written: %.2f%n",
            Machine.load()));
    if (!missing.isEmpty()) {
      md.append("- **No figures from:** ").append(String.join(", ", missing)).append('\n');
    }
    md.append(
        "\n| benchmark | size | throughput | p50 | p99 | target | met? | ratio to raw baseline |\n");
    md.append("|---|---|---:|---:|---:|---|---|---:|\n");
    for (ResultLine l : lines) {
      md.append("| ")
          .append(l.benchmark())
          .append(" | ")
          .append(l.size())
          .append(" | ")
          .append(l.throughput() == null ? "—" : figure(l.throughput()) + " " + l.unit())
          .append(" | ")
          .append(ms(l.p50Ms()))
          .append(" | ")
          .append(ms(l.p99Ms()))
          .append(" | ")
          .append(l.target().isBlank() ? "—" : l.target())
          .append(" | ")
          .append(l.met().isBlank() ? "n/a" : l.met())
          .append(" | ")
          .append(ratio(l, lines))
          .append(" |\n");
    }
    md.append(
        """

        Throughput is per second of the measured phase; p50/p99 are per request (or per run where a
        benchmark is one long operation). "Ratio to raw baseline": the benchmark's throughput over
        the raw MongoDB + Kafka baseline measured in the same run (for the surge: one unit = one
        insert of a plan-sized document plus one plan.submitted-sized record produced and consumed);
        for the survey campaign (one respondent document per invitation), over the raw MongoDB
        insert rate of the same run — indicative only: the reporting benchmark runs in its own JVM
        on the in-memory backend, the raw baseline on the suite's embedded server (H2 backend);
        blank where no raw operation compares. Targets are the issues', stated for their full
        sizes: "met?" is n/a when the run's size is not the target's (a quick run); the surge's
        targets (p99, share of the baseline) are judged at any size.
        """);
    return md.toString();
  }

  private static String ratio(ResultLine l, List<ResultLine> all) {
    String b = l.baseline();
    if (b == null || b.isBlank()) {
      return "";
    }
    if (b.startsWith("vs:")) {
      String name = b.substring(3);
      return all.stream()
          .filter(o -> o.benchmark().startsWith(name) && o.throughput() != null)
          .findFirst()
          .filter(o -> l.throughput() != null && o.throughput() > 0)
          .map(o -> percent(l.throughput() / o.throughput()) + " of " + name)
          .orElse("");
    }
    return percent(Double.parseDouble(b));
  }

  private static String percent(double ratio) {
    return ratio >= 0.995 && ratio <= 1.005
        ? "1 (baseline)"
        : String.format(Locale.ROOT, ratio < 0.1 ? "%.1f %%" : "%.0f %%", ratio * 100);
  }

  private static String figure(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : v >= 10 ? "%.1f" : "%.2f", v);
  }

  private static String ms(Double v) {
    if (v == null) {
      return "—";
    }
    return v >= 1000
        ? String.format(Locale.ROOT, "%.2f s", v / 1000)
        : String.format(Locale.ROOT, v >= 10 ? "%.0f ms" : "%.1f ms", v);
  }
}
