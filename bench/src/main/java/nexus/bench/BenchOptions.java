package nexus.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one run does.
 *
 * @param users concurrent virtual applicants in the surge (and in the raw baseline)
 * @param plans plans submitted in the surge (each PI drafts one per course, so plans / 2 PIs)
 * @param warmup plans submitted (and read) before the surge, not measured: the JIT compiles the
 *     paths the surge takes, as it would have on a server that ran for a while before the deadline
 * @param institutions host institutions the PIs belong to
 * @param setupConcurrency parallel sign-ins and drafts in the (unmeasured) setup
 * @param timeout the whole run is abandoned after this, with a report of what was done
 * @param mongoBackend {@code h2} (the launcher's embedded default, on disk) or {@code memory}
 * @param report where the Markdown report is written
 */
record BenchOptions(
    int users,
    int plans,
    int warmup,
    int institutions,
    int setupConcurrency,
    Duration timeout,
    String mongoBackend,
    Path report) {

  static final String USAGE =
      """
      DeadlineSurge [--users 200] [--plans 10000] [--warmup plans/10] [--institutions 500]
                    [--setup-concurrency 64]
                    [--timeout-minutes 30] [--mongo h2|memory] [--report target/deadline-surge.md]
      """;

  BenchOptions {
    if (users < 1 || plans < 1 || warmup < 0 || institutions < 1 || setupConcurrency < 1) {
      throw new IllegalArgumentException("counts must be positive\n" + USAGE);
    }
    if (!mongoBackend.equals("h2") && !mongoBackend.equals("memory")) {
      throw new IllegalArgumentException("--mongo is h2 or memory\n" + USAGE);
    }
  }

  /** PIs needed: each may have one plan per course (young talent, mentor) in a call. */
  int pis() {
    return (plans + warmup + 1) / 2;
  }

  static BenchOptions parse(String... args) {
    int users = 200;
    int plans = 10_000;
    Integer warmup = null;
    int institutions = 500;
    int setup = 64;
    long minutes = 30;
    String mongo = "h2";
    Path report = Path.of("target", "deadline-surge.md");
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("no value for " + name + "\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--users" -> users = Integer.parseInt(value);
        case "--plans" -> plans = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--institutions" -> institutions = Integer.parseInt(value);
        case "--setup-concurrency" -> setup = Integer.parseInt(value);
        case "--timeout-minutes" -> minutes = Long.parseLong(value);
        case "--mongo" -> mongo = value;
        case "--report" -> report = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    return new BenchOptions(
        users,
        plans,
        warmup == null ? plans / 10 : warmup,
        institutions,
        setup,
        Duration.ofMinutes(minutes),
        mongo,
        report);
  }
}
