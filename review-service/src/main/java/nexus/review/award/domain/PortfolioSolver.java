package nexus.review.award.domain;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses the awards that maximise total merit subject to the program budget, the target number of
 * awards (at most), a minimum and maximum per counterpart country, and at most N awards per
 * Japanese institution (host or partner) and per counterpart institution, with staff's forced
 * inclusions and exclusions — an exact 0/1 model solved by OR-Tools CP-SAT within a time limit
 * (optimal, or the best found with its gap to the proven bound).
 */
public final class PortfolioSolver {

  /**
   * A plan that may be awarded.
   *
   * @param planId plan id
   * @param merit merit (higher is better, positive)
   * @param amountJpy the amount it would get (requested or staff-reduced)
   * @param japanese keys of the plan's Japanese institutions (the host and its partners)
   * @param countries counterpart countries
   * @param counterparts counterpart institution keys
   */
  public record Candidate(
      String planId,
      long merit,
      long amountJpy,
      List<String> japanese,
      List<String> countries,
      List<String> counterparts) {}

  /**
   * The call's constraints.
   *
   * @param budgetJpy total awarded amount at most
   * @param targetAwards number of awards at most
   * @param minPerCountry at least this many awards per country (capped by its candidates)
   * @param maxPerCountry at most this many awards per country
   * @param maxPerHost at most this many awards per Japanese institution (as host or partner)
   * @param maxPerCounterpart at most this many awards per counterpart institution
   */
  public record Limits(
      long budgetJpy,
      int targetAwards,
      Map<String, Integer> minPerCountry,
      int maxPerCountry,
      int maxPerHost,
      int maxPerCounterpart) {}

  /**
   * The portfolio found.
   *
   * @param status OPTIMAL, FEASIBLE (time limit reached, gap reported) or INFEASIBLE
   * @param selected awarded plan ids
   * @param merit total merit
   * @param bound proven upper bound of the merit
   * @param gap relative gap between merit and bound (0 when optimal)
   * @param spentJpy total awarded amount
   * @param millis solving time
   */
  public record Solution(
      String status,
      List<String> selected,
      long merit,
      double bound,
      double gap,
      long spentJpy,
      long millis) {}

  /**
   * Why a plan is not in the portfolio.
   *
   * @param planId the plan
   * @param binding the constraints that keep it out, e.g. {@code budget}, {@code target}, {@code
   *     country.max:TH}, {@code japanese.max:<institution>}, {@code counterpart.max:<institution>},
   *     {@code staff.excluded}
   * @param feasibleIfForced whether a portfolio with the plan forced in exists
   * @param meritLossIfForced how much merit the best portfolio with the plan forced in loses
   * @param displaced plans the forced-in portfolio drops
   */
  public record Exclusion(
      String planId,
      List<String> binding,
      boolean feasibleIfForced,
      long meritLossIfForced,
      List<String> displaced) {}

  private PortfolioSolver() {}

  /** Solves with staff's forced inclusions and exclusions. */
  public static Solution solve(
      List<Candidate> candidates,
      Limits limits,
      Set<String> forcedIn,
      Set<String> forcedOut,
      double seconds) {
    long start = System.nanoTime();
    Loader.loadNativeLibraries();
    CpModel model = new CpModel();
    BoolVar[] x = new BoolVar[candidates.size()];
    for (int i = 0; i < x.length; i++) {
      Candidate c = candidates.get(i);
      x[i] = model.newBoolVar(c.planId());
      if (forcedIn.contains(c.planId())) {
        model.addEquality(x[i], 1);
      } else if (forcedOut.contains(c.planId())) {
        model.addEquality(x[i], 0);
      }
    }
    model.addLessOrEqual(weighted(x, candidates, Candidate::amountJpy), limits.budgetJpy());
    model.addLessOrEqual(LinearExpr.sum(x), limits.targetAwards());
    for (Map.Entry<String, List<Integer>> g : groups(candidates, Candidate::countries).entrySet()) {
      LinearExpr n = count(x, g.getValue());
      model.addLessOrEqual(n, limits.maxPerCountry());
      int min = Math.min(limits.minPerCountry().getOrDefault(g.getKey(), 0), g.getValue().size());
      if (min > 0) {
        model.addGreaterOrEqual(n, min);
      }
    }
    for (List<Integer> g : groups(candidates, Candidate::japanese).values()) {
      model.addLessOrEqual(count(x, g), limits.maxPerHost());
    }
    for (List<Integer> g : groups(candidates, Candidate::counterparts).values()) {
      model.addLessOrEqual(count(x, g), limits.maxPerCounterpart());
    }
    model.maximize(weighted(x, candidates, Candidate::merit));

    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(2);
    CpSolverStatus status = solver.solve(model);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Solution("INFEASIBLE", List.of(), 0, 0, 0, 0, millis);
    }
    List<String> selected = new ArrayList<>();
    long spent = 0;
    for (int i = 0; i < x.length; i++) {
      if (solver.booleanValue(x[i])) {
        selected.add(candidates.get(i).planId());
        spent += candidates.get(i).amountJpy();
      }
    }
    long merit = Math.round(solver.objectiveValue());
    double bound = solver.bestObjectiveBound();
    double gap = status == CpSolverStatus.OPTIMAL || merit == 0 ? 0 : (bound - merit) / bound;
    return new Solution(status.name(), selected, merit, bound, gap, spent, millis);
  }

  /**
   * Explains why each given excluded plan is out: the constraints that are at their limit for it in
   * the portfolio, and the merit the best portfolio with it forced in would lose.
   */
  public static List<Exclusion> explain(
      List<Candidate> candidates,
      Limits limits,
      Set<String> forcedIn,
      Set<String> forcedOut,
      Solution solution,
      List<String> excluded,
      double secondsEach) {
    Map<String, Candidate> byId = new LinkedHashMap<>();
    candidates.forEach(c -> byId.put(c.planId(), c));
    Set<String> selected = new HashSet<>(solution.selected());
    List<Candidate> chosen = solution.selected().stream().map(byId::get).toList();
    List<Exclusion> out = new ArrayList<>();
    for (String planId : excluded) {
      Candidate p = byId.get(planId);
      if (p == null || selected.contains(planId)) {
        continue;
      }
      List<String> binding = new ArrayList<>();
      if (forcedOut.contains(planId)) {
        binding.add("staff.excluded");
      }
      if (solution.spentJpy() + p.amountJpy() > limits.budgetJpy()) {
        binding.add("budget");
      }
      if (chosen.size() >= limits.targetAwards()) {
        binding.add("target");
      }
      for (String country : p.countries()) {
        if (chosen.stream().filter(c -> c.countries().contains(country)).count()
            >= limits.maxPerCountry()) {
          binding.add("country.max:" + country);
        }
      }
      for (String institution : p.japanese()) {
        if (chosen.stream().filter(c -> c.japanese().contains(institution)).count()
            >= limits.maxPerHost()) {
          binding.add("japanese.max:" + institution);
        }
      }
      for (String cp : p.counterparts()) {
        if (chosen.stream().filter(c -> c.counterparts().contains(cp)).count()
            >= limits.maxPerCounterpart()) {
          binding.add("counterpart.max:" + cp);
        }
      }
      Set<String> in = new HashSet<>(forcedIn);
      in.add(planId);
      Set<String> notOut = new HashSet<>(forcedOut);
      notOut.remove(planId);
      Solution forced = solve(candidates, limits, in, notOut, secondsEach);
      boolean feasible = !"INFEASIBLE".equals(forced.status());
      if (!feasible && binding.isEmpty()) {
        binding.add("infeasible");
      }
      List<String> displaced =
          feasible
              ? solution.selected().stream().filter(s -> !forced.selected().contains(s)).toList()
              : List.of();
      out.add(
          new Exclusion(
              planId,
              binding,
              feasible,
              feasible ? solution.merit() - forced.merit() : 0,
              displaced));
    }
    return out;
  }

  private static LinearExpr weighted(
      BoolVar[] x, List<Candidate> candidates, Function<Candidate, Long> weight) {
    long[] w = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      w[i] = weight.apply(candidates.get(i));
    }
    return LinearExpr.weightedSum(x, w);
  }

  private static LinearExpr count(BoolVar[] x, List<Integer> members) {
    LinearArgument[] vars = new LinearArgument[members.size()];
    for (int i = 0; i < vars.length; i++) {
      vars[i] = x[members.get(i)];
    }
    return LinearExpr.sum(vars);
  }

  private static Map<String, List<Integer>> groups(
      List<Candidate> candidates, Function<Candidate, List<String>> keys) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      for (String k : new HashSet<>(keys.apply(candidates.get(i)))) {
        groups.computeIfAbsent(k, g -> new ArrayList<>()).add(i);
      }
    }
    return groups;
  }
}
