package nexus.review.award.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated calls: plans spread over ASEAN countries, hosts and counterparts. */
public final class PortfolioFixtures {

  static final List<String> ASEAN =
      List.of("ID", "KH", "SG", "TH", "PH", "BN", "VN", "MY", "MM", "LA");

  private PortfolioFixtures() {}

  /** The host, and for one plan in four a partner, from n / 8 Japanese institutions. */
  private static List<String> japanese(Random random, int n) {
    int institutions = Math.max(2, n / 8);
    int host = random.nextInt(institutions);
    if (random.nextInt(4) > 0) {
      return List.of("jp-" + host);
    }
    int partner = (host + 1 + random.nextInt(institutions - 1)) % institutions;
    return List.of("jp-" + host, "jp-" + partner);
  }

  /** {@code n} plans, reproducible from the seed. */
  public static List<PortfolioSolver.Candidate> call(int n, long seed) {
    Random random = new Random(seed);
    List<PortfolioSolver.Candidate> plans = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> countries = new ArrayList<>();
      countries.add(ASEAN.get(random.nextInt(ASEAN.size())));
      if (random.nextInt(5) == 0) {
        String second = ASEAN.get(random.nextInt(ASEAN.size()));
        if (!countries.contains(second)) {
          countries.add(second);
        }
      }
      boolean young = random.nextBoolean();
      long amount = (young ? 5_000_000L : 2_000_000L) + random.nextInt(26) * 100_000L;
      plans.add(
          new PortfolioSolver.Candidate(
              "P" + i,
              5_000 + random.nextInt(10_000),
              amount,
              japanese(random, n),
              countries,
              List.of("cp-" + random.nextInt(Math.max(1, n / 4)))));
    }
    return plans;
  }
}
