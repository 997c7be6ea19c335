package nexus.review.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nexus.review.assignment.domain.AssignmentSolver;
import nexus.review.award.domain.PortfolioFixtures;
import nexus.review.award.domain.PortfolioSolver;

/**
 * Rerunnable benchmark driver (not a test): assignment of 2,000 plans to 150 reviewers (k = 3) and
 * the award portfolio over 5,000 plans. Run with {@code ./mvnw -o -pl review-service test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=nexus.review.bench.ReviewBenchmarks} or
 * from the IDE; prints one line per run. Sizes: {@code -Dbench.assignment-plans} (2,000), {@code
 * -Dbench.reviewers} (150), {@code -Dbench.portfolio-plans} (5,000); the first argument is the
 * number of runs (3). Appends its figures to {@code -Dbench.results} (default {@code
 * target/bench-results.tsv}; the suite's one results table, {@code bench/run-all}).
 */
public final class ReviewBenchmarks {

  private static final List<String> FIELDS =
      List.of(
          "AI",
          "Quantum",
          "Semiconductors",
          "Green technology",
          "Advanced materials",
          "Biotechnology",
          "Water security",
          "Smart agriculture",
          "Biomanufacturing",
          "Medicine",
          "Disaster prevention",
          "Social sciences");

  private ReviewBenchmarks() {}

  static final int ASSIGNMENT_PLANS = Integer.getInteger("bench.assignment-plans", 2_000);
  static final int REVIEWERS = Integer.getInteger("bench.reviewers", 150);
  static final int PORTFOLIO_PLANS = Integer.getInteger("bench.portfolio-plans", 5_000);

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    long[] assignments = new long[runs];
    long[] portfolios = new long[runs];
    boolean assignmentsComplete = true;
    boolean portfoliosOptimal = true;
    for (int run = 1; run <= runs; run++) {
      AssignmentSolver.Result a = assignment(run, assignments);
      assignmentsComplete &= a.shortfall().isEmpty();
      PortfolioSolver.Solution p = portfolio(run, portfolios);
      portfoliosOptimal &= "OPTIMAL".equals(String.valueOf(p.status())) || p.gap() <= 1e-9;
    }
    boolean fullAssignment = ASSIGNMENT_PLANS == 2_000 && REVIEWERS == 150;
    boolean fullPortfolio = PORTFOLIO_PLANS == 5_000;
    String assignmentLine =
        line(
            "review: reviewer assignment (k = 3, ~2 % conflicted pairs)",
            "%d plans × %d reviewers, runs: %d".formatted(ASSIGNMENT_PLANS, REVIEWERS, runs),
            ASSIGNMENT_PLANS,
            "plans/s",
            assignments,
            "≤ 30 s for 2,000 × 150, no shortfall",
            fullAssignment ? max(assignments) <= 30_000 && assignmentsComplete : null);
    String portfolioLine =
        line(
            "review: award portfolio (budget JPY 300 M, 45 awards, country limits)",
            "%d plans, runs: %d".formatted(PORTFOLIO_PLANS, runs),
            PORTFOLIO_PLANS,
            "plans/s",
            portfolios,
            "≤ 10 s for 5,000 plans, optimal or gap",
            fullPortfolio ? max(portfolios) <= 10_000 && portfoliosOptimal : null);
    Path results = Path.of(System.getProperty("bench.results", "target/bench-results.tsv"));
    Files.createDirectories(results.getParent());
    Files.writeString(
        results,
        assignmentLine + "\n" + portfolioLine + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /**
   * A result line (tab-separated: benchmark, size, throughput, unit, p50 ms, p99 ms, target, met,
   * baseline): the median run and the slowest run stand for p50 and p99.
   */
  private static String line(
      String name, String size, int items, String unit, long[] millis, String target, Boolean met) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    return String.join(
        "\t",
        name,
        size,
        String.format(java.util.Locale.ROOT, "%.4f", items * 1000.0 / Math.max(median, 1)),
        unit,
        String.format(java.util.Locale.ROOT, "%.4f", median),
        String.format(java.util.Locale.ROOT, "%.4f", (double) max(millis)),
        target,
        met == null ? "n/a" : met ? "yes" : "no",
        "");
  }

  private static long max(long[] values) {
    return Arrays.stream(values).max().orElse(0);
  }

  static AssignmentSolver.Result assignment(int run, long[] times) {
    Random random = new Random(run);
    List<AssignmentSolver.Plan> plans = new ArrayList<>();
    for (int i = 0; i < ASSIGNMENT_PLANS; i++) {
      plans.add(
          new AssignmentSolver.Plan(
              "P" + i, FIELDS.get(random.nextInt(FIELDS.size())), 3, Set.of()));
    }
    List<AssignmentSolver.Reviewer> reviewers = new ArrayList<>();
    for (int j = 0; j < REVIEWERS; j++) {
      reviewers.add(
          new AssignmentSolver.Reviewer(
              "R" + j,
              new HashSet<>(
                  List.of(
                      FIELDS.get(random.nextInt(FIELDS.size())),
                      FIELDS.get(random.nextInt(FIELDS.size()))))));
    }
    Set<String> conflicted = new HashSet<>();
    for (int c = 0; c < ASSIGNMENT_PLANS * REVIEWERS / 50; c++) { // about 2% of all pairs
      conflicted.add("P" + random.nextInt(ASSIGNMENT_PLANS) + "|R" + random.nextInt(REVIEWERS));
    }
    long start = System.nanoTime();
    AssignmentSolver.Result r = AssignmentSolver.solve(plans, reviewers, conflicted);
    long millis = (System.nanoTime() - start) / 1_000_000;
    times[run - 1] = millis;
    System.out.printf(
        "assignment run %d: %d plans x %d reviewers, k=3, %d conflicts: %d ms, shortfall %d,"
            + " expertise matches %d/%d, load %d..%d%n",
        run,
        ASSIGNMENT_PLANS,
        REVIEWERS,
        conflicted.size(),
        millis,
        r.shortfall().size(),
        r.matches(),
        ASSIGNMENT_PLANS * 3,
        r.minLoad(),
        r.maxLoad());
    return r;
  }

  static PortfolioSolver.Solution portfolio(int run, long[] times) {
    List<PortfolioSolver.Candidate> plans = PortfolioFixtures.call(PORTFOLIO_PLANS, run);
    PortfolioSolver.Limits limits =
        new PortfolioSolver.Limits(
            300_000_000L,
            45,
            Map.of(
                "ID", 2, "KH", 2, "SG", 2, "TH", 2, "PH", 2, "BN", 2, "VN", 2, "MY", 2, "MM", 2,
                "LA", 2),
            8,
            2,
            2);
    long start = System.nanoTime();
    PortfolioSolver.Solution s = PortfolioSolver.solve(plans, limits, Set.of(), Set.of(), 10);
    long millis = (System.nanoTime() - start) / 1_000_000;
    times[run - 1] = millis;
    System.out.printf(
        "portfolio run %d: %d plans, budget 300M, target 45: %d ms, %s, %d awards, merit %d,"
            + " bound %.0f, gap %.4f%%%n",
        run,
        PORTFOLIO_PLANS,
        millis,
        s.status(),
        s.selected().size(),
        s.merit(),
        s.bound(),
        s.gap() * 100);
    return s;
  }
}
