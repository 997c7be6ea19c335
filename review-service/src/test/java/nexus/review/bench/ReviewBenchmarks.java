package nexus.review.bench;

import java.util.ArrayList;
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
 * from the IDE; prints one line per run.
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

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    for (int run = 1; run <= runs; run++) {
      assignment(run);
      portfolio(run);
    }
  }

  static void assignment(int run) {
    Random random = new Random(run);
    List<AssignmentSolver.Plan> plans = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      plans.add(
          new AssignmentSolver.Plan(
              "P" + i, FIELDS.get(random.nextInt(FIELDS.size())), 3, Set.of()));
    }
    List<AssignmentSolver.Reviewer> reviewers = new ArrayList<>();
    for (int j = 0; j < 150; j++) {
      reviewers.add(
          new AssignmentSolver.Reviewer(
              "R" + j,
              new HashSet<>(
                  List.of(
                      FIELDS.get(random.nextInt(FIELDS.size())),
                      FIELDS.get(random.nextInt(FIELDS.size()))))));
    }
    Set<String> conflicted = new HashSet<>();
    for (int c = 0; c < 6_000; c++) { // about 2% of all pairs
      conflicted.add("P" + random.nextInt(2_000) + "|R" + random.nextInt(150));
    }
    long start = System.nanoTime();
    AssignmentSolver.Result r = AssignmentSolver.solve(plans, reviewers, conflicted);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "assignment run %d: 2000 plans x 150 reviewers, k=3, %d conflicts: %d ms, shortfall %d,"
            + " expertise matches %d/6000, load %d..%d%n",
        run,
        conflicted.size(),
        millis,
        r.shortfall().size(),
        r.matches(),
        r.minLoad(),
        r.maxLoad());
  }

  static void portfolio(int run) {
    List<PortfolioSolver.Candidate> plans = PortfolioFixtures.call(5_000, run);
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
    System.out.printf(
        "portfolio run %d: 5000 plans, budget 300M, target 45: %d ms, %s, %d awards, merit %d,"
            + " bound %.0f, gap %.4f%%%n",
        run, millis, s.status(), s.selected().size(), s.merit(), s.bound(), s.gap() * 100);
  }
}
