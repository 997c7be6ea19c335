package nexus.review.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioSolverTest {

  private static final PortfolioSolver.Limits LIMITS =
      new PortfolioSolver.Limits(
          200_000_000L,
          45,
          Map.of(
              "ID", 2, "KH", 2, "SG", 2, "TH", 2, "PH", 2, "BN", 2, "VN", 2, "MY", 2, "MM", 2, "LA",
              2),
          8,
          2,
          2);

  @Test
  void theOptimiserRespectsEveryConstraintOnACallOf300PlansAndExplainsAnExclusion() {
    List<PortfolioSolver.Candidate> plans = PortfolioFixtures.call(300, 42);

    PortfolioSolver.Solution s = PortfolioSolver.solve(plans, LIMITS, Set.of(), Set.of(), 10);

    assertThat(s.status()).isIn("OPTIMAL", "FEASIBLE");
    assertThat(s.gap()).isBetween(0.0, 1.0);
    List<PortfolioSolver.Candidate> chosen =
        plans.stream().filter(p -> s.selected().contains(p.planId())).toList();
    assertThat(chosen).hasSizeLessThanOrEqualTo(45).hasSizeGreaterThan(20);
    assertThat(chosen.stream().mapToLong(PortfolioSolver.Candidate::amountJpy).sum())
        .isEqualTo(s.spentJpy())
        .isLessThanOrEqualTo(200_000_000L);
    Map<String, Integer> perCountry = new HashMap<>();
    Map<String, Integer> perHost = new HashMap<>();
    Map<String, Integer> perCounterpart = new HashMap<>();
    for (PortfolioSolver.Candidate c : chosen) {
      new HashSet<>(c.countries()).forEach(k -> perCountry.merge(k, 1, Integer::sum));
      c.japanese().forEach(k -> perHost.merge(k, 1, Integer::sum));
      c.counterparts().forEach(k -> perCounterpart.merge(k, 1, Integer::sum));
    }
    assertThat(perCountry.values()).allSatisfy(n -> assertThat(n).isBetween(2, 8));
    assertThat(perCountry).hasSize(10);
    assertThat(perHost.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    assertThat(perCounterpart.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));

    PortfolioSolver.Candidate best =
        plans.stream()
            .filter(p -> !s.selected().contains(p.planId()))
            .max(Comparator.comparingLong(PortfolioSolver.Candidate::merit))
            .orElseThrow();
    PortfolioSolver.Exclusion why =
        PortfolioSolver.explain(plans, LIMITS, Set.of(), Set.of(), s, List.of(best.planId()), 5)
            .get(0);
    assertThat(why.binding()).isNotEmpty();
    assertThat(why.meritLossIfForced()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aPlanKeptOutByAJapaneseInstitutionsLimitAsItsPartnerIsExplainedByThatLimit() {
    List<PortfolioSolver.Candidate> plans =
        List.of(
            new PortfolioSolver.Candidate(
                "A", 900, 5_000_000, List.of("kyoto"), List.of("TH"), List.of("x")),
            new PortfolioSolver.Candidate(
                "B", 800, 5_000_000, List.of("nagoya", "kyoto"), List.of("VN"), List.of("y")),
            new PortfolioSolver.Candidate(
                "C", 100, 5_000_000, List.of("osaka"), List.of("VN"), List.of("z")));
    PortfolioSolver.Limits limits =
        new PortfolioSolver.Limits(100_000_000L, 10, Map.of(), 10, 1, 10);

    PortfolioSolver.Solution s = PortfolioSolver.solve(plans, limits, Set.of(), Set.of(), 5);
    List<PortfolioSolver.Exclusion> why =
        PortfolioSolver.explain(plans, limits, Set.of(), Set.of(), s, List.of("B"), 5);

    assertThat(s.status()).isEqualTo("OPTIMAL");
    assertThat(s.selected()).containsExactlyInAnyOrder("A", "C");
    assertThat(why.get(0).binding()).containsExactly("japanese.max:kyoto");
    assertThat(why.get(0).meritLossIfForced()).isEqualTo(100);
    assertThat(why.get(0).displaced()).containsExactly("A");
  }

  @Test
  void staffCanForceAPlanInOrOut() {
    List<PortfolioSolver.Candidate> plans =
        List.of(
            new PortfolioSolver.Candidate(
                "A", 900, 6_000_000, List.of("a"), List.of("TH"), List.of("x")),
            new PortfolioSolver.Candidate(
                "B", 100, 6_000_000, List.of("b"), List.of("TH"), List.of("y")));
    PortfolioSolver.Limits limits = new PortfolioSolver.Limits(6_000_000L, 1, Map.of(), 1, 1, 1);

    assertThat(PortfolioSolver.solve(plans, limits, Set.of("B"), Set.of(), 5).selected())
        .containsExactly("B");
    PortfolioSolver.Solution out = PortfolioSolver.solve(plans, limits, Set.of(), Set.of("A"), 5);
    assertThat(out.selected()).containsExactly("B");
    assertThat(
            PortfolioSolver.explain(plans, limits, Set.of(), Set.of("A"), out, List.of("A"), 5)
                .get(0)
                .binding())
        .contains("staff.excluded", "budget", "target", "country.max:TH");
  }

  @Test
  void aCallWithoutCandidatesHasAnEmptyOptimalPortfolio() {
    PortfolioSolver.Solution s = PortfolioSolver.solve(List.of(), LIMITS, Set.of(), Set.of(), 5);

    assertThat(s.status()).isEqualTo("OPTIMAL");
    assertThat(s.selected()).isEmpty();
  }
}
