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
 * @param openRates offered rates (submissions per second) of the open-loop steps after the surge,
 *     lowest first; none by default
 * @param openSeconds how long each open-loop step offers its rate (its plans: rate × seconds)
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
    java.util.List<Integer> openRates,
    int openSeconds,
    int institutions,
    int setupConcurrency,
    Duration timeout,
    String mongoBackend,
    Path report) {

  static final String USAGE =
      """
      DeadlineSurge [--users 200] [--plans 10000] [--warmup plans/10] [--institutions 500]
                    [--open-rates 25,50,100] [--open-seconds 20] [--setup-concurrency 64]
                    [--timeout-minutes 30] [--mongo h2|memory] [--report target/deadline-surge.md]
      """;

  BenchOptions {
    openRates = java.util.List.copyOf(openRates);
    if (users < 1
        || plans < 1
        || warmup < 0
        || openSeconds < 1
        || openRates.stream().anyMatch(r -> r < 1)
        || institutions < 1
        || setupConcurrency < 1) {
      throw new IllegalArgumentException("counts must be positive\n" + USAGE);
    }
    if (!mongoBackend.equals("h2") && !mongoBackend.equals("memory")) {
      throw new IllegalArgumentException("--mongo is h2 or memory\n" + USAGE);
    }
  }

  /** PIs needed: each may have one plan per course (young talent, mentor) in a call. */
  int pis() {
    return (plans + warmup + openPlans() + 1) / 2;
  }

  /** Plans of one open-loop step at this rate. */
  int openPlans(int rate) {
    return rate * openSeconds;
  }

  /** Plans of every open-loop step. */
  int openPlans() {
    return openRates.stream().mapToInt(this::openPlans).sum();
  }

  static BenchOptions parse(String... args) {
    int users = 200;
    int plans = 10_000;
    Integer warmup = null;
    java.util.List<Integer> openRates = java.util.List.of();
    int openSeconds = 20;
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
        case "--open-rates" ->
            openRates =
                java.util.Arrays.stream(value.split(","))
                    .map(String::trim)
                    .map(Integer::valueOf)
                    .sorted()
                    .toList();
        case "--open-seconds" -> openSeconds = Integer.parseInt(value);
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
        openRates,
        openSeconds,
        institutions,
        setup,
        Duration.ofMinutes(minutes),
        mongo,
        report);
  }
}
