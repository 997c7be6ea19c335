package nexus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One figure of one benchmark, as a tab-separated line that every benchmark of the suite appends to
 * its module's {@code target/bench-results.tsv} and {@link AllResults} collects into one table.
 * Columns: benchmark, size, throughput, unit, p50 ms, p99 ms, target, met ({@code yes}, {@code no}
 * or {@code n/a}), baseline (a ratio, or {@code vs:<benchmark>} to divide by that row's throughput,
 * or empty). Numbers without grouping, {@code .} as the decimal point; empty when not measured. The
 * services' bench drivers write the same columns (their own few lines, no dependency on this
 * module).
 */
record ResultLine(
    String benchmark,
    String size,
    Double throughput,
    String unit,
    Double p50Ms,
    Double p99Ms,
    String target,
    String met,
    String baseline) {

  static final String FILE = "bench-results.tsv";

  String tsv() {
    return String.join(
        "\t",
        clean(benchmark),
        clean(size),
        number(throughput),
        clean(unit),
        number(p50Ms),
        number(p99Ms),
        clean(target),
        clean(met),
        clean(baseline));
  }

  static ResultLine parse(String line) {
    String[] c = line.split("\t", -1);
    if (c.length != 9) {
      throw new IllegalArgumentException("not a result line (9 columns): " + line);
    }
    return new ResultLine(c[0], c[1], num(c[2]), c[3], num(c[4]), num(c[5]), c[6], c[7], c[8]);
  }

  static void append(Path file, List<ResultLine> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      List<String> text = new ArrayList<>();
      lines.forEach(l -> text.add(l.tsv()));
      Files.write(
          file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ResultLine> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(ResultLine::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }

  private static String number(Double d) {
    return d == null || d.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", d);
  }

  private static Double num(String s) {
    return s.isBlank() ? null : Double.valueOf(s);
  }
}
