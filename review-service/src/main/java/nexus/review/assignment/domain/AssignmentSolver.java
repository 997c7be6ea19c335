package nexus.review.assignment.domain;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Assigns k reviewers to every plan, never a conflicted one, maximising expertise match and
 * balancing load, solved exactly as a min-cost max-flow with OR-Tools: source → plan (capacity k
 * minus its pins) → reviewer (capacity 1, only where not conflicted, cost lower for a better
 * expertise match) → sink through unit arcs of rising cost per extra plan a reviewer takes (a
 * convex load cost, so the optimum spreads the load). Pinned pairs are kept and count towards the
 * load. The flow polytope is integral, so the optimum of this model is an optimal assignment, not a
 * heuristic one.
 */
public final class AssignmentSolver {

  /** Cost of one assignment without any expertise match; a match lowers it. */
  static final long NO_MATCH = 10;

  /** Cost weight of each further plan on one reviewer (marginal load cost = weight × load). */
  static final long LOAD_WEIGHT = 2;

  /** Loads above the balanced share plus this slack cost a penalty that only feasibility pays. */
  static final int SLACK = 2;

  static final long OVERLOAD = 10_000;

  /**
   * A plan to review.
   *
   * @param id plan id
   * @param field the plan's research field
   * @param k reviewers wanted
   * @param pinned reviewers staff pinned (kept as they are)
   */
  public record Plan(String id, String field, int k, Set<String> pinned) {}

  /**
   * A reviewer.
   *
   * @param id login subject
   * @param expertise expertise fields
   */
  public record Reviewer(String id, Set<String> expertise) {}

  /**
   * The assignment found.
   *
   * @param assignments reviewers per plan (pins included)
   * @param shortfall plans that could not get k reviewers, with how many are missing
   * @param matches assignments whose reviewer's expertise matches the plan's field
   * @param minLoad smallest load of a reviewer
   * @param maxLoad largest load of a reviewer
   * @param millis solving time
   */
  public record Result(
      Map<String, List<String>> assignments,
      Map<String, Integer> shortfall,
      int matches,
      int minLoad,
      int maxLoad,
      long millis) {}

  private AssignmentSolver() {}

  /** Solves; {@code conflicted} holds "planId|reviewerId" pairs that must never be assigned. */
  public static Result solve(List<Plan> plans, List<Reviewer> reviewers, Set<String> conflicted) {
    long start = System.nanoTime();
    Loader.loadNativeLibraries();
    int p = plans.size();
    int r = reviewers.size();
    int source = 0;
    int sink = p + r + 1;
    Map<String, Integer> reviewerIndex = new HashMap<>();
    for (int j = 0; j < r; j++) {
      reviewerIndex.put(reviewers.get(j).id(), j);
    }
    int[] load = new int[r];
    long demand = 0;
    for (Plan plan : plans) {
      for (String pin : plan.pinned()) {
        Integer j = reviewerIndex.get(pin);
        if (j != null) {
          load[j]++;
        }
      }
      demand += Math.max(0, plan.k() - plan.pinned().size());
    }
    long total = demand;
    for (int l : load) {
      total += l;
    }
    int share = r == 0 ? 0 : (int) ((total + r - 1) / r);

    MinCostFlow flow = new MinCostFlow();
    List<int[]> pairArcs = new ArrayList<>(); // arc, plan, reviewer
    for (int i = 0; i < p; i++) {
      Plan plan = plans.get(i);
      int open = Math.max(0, plan.k() - plan.pinned().size());
      flow.addArcWithCapacityAndUnitCost(source, 1 + i, open, 0);
      if (open == 0) {
        continue;
      }
      String field = norm(plan.field());
      for (int j = 0; j < r; j++) {
        Reviewer reviewer = reviewers.get(j);
        if (plan.pinned().contains(reviewer.id())
            || conflicted.contains(plan.id() + "|" + reviewer.id())) {
          continue;
        }
        long cost = NO_MATCH - match(field, reviewer.expertise());
        int arc = flow.addArcWithCapacityAndUnitCost(1 + i, 1 + p + j, 1, cost);
        pairArcs.add(new int[] {arc, i, j});
      }
    }
    for (int j = 0; j < r; j++) {
      int limit = (int) Math.min(demand, (long) share * 2 + SLACK);
      for (int level = load[j] + 1; level <= load[j] + limit; level++) {
        long cost = level <= share + SLACK ? LOAD_WEIGHT * level : OVERLOAD + level;
        flow.addArcWithCapacityAndUnitCost(1 + p + j, sink, 1, cost);
      }
    }
    flow.setNodeSupply(source, demand);
    flow.setNodeSupply(sink, -demand);
    MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("assignment flow not solved: " + status);
    }

    Map<String, List<String>> assignments = new LinkedHashMap<>();
    for (Plan plan : plans) {
      assignments.put(plan.id(), new ArrayList<>(plan.pinned()));
    }
    int matches = 0;
    for (int[] a : pairArcs) {
      if (flow.getFlow(a[0]) > 0) {
        Plan plan = plans.get(a[1]);
        Reviewer reviewer = reviewers.get(a[2]);
        assignments.get(plan.id()).add(reviewer.id());
        load[a[2]]++;
        if (match(norm(plan.field()), reviewer.expertise()) > 0) {
          matches++;
        }
      }
    }
    Map<String, Integer> shortfall = new LinkedHashMap<>();
    for (Plan plan : plans) {
      int missing = plan.k() - assignments.get(plan.id()).size();
      if (missing > 0) {
        shortfall.put(plan.id(), missing);
      }
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int l : load) {
      min = Math.min(min, l);
      max = Math.max(max, l);
    }
    flow.delete();
    return new Result(
        assignments,
        shortfall,
        matches,
        r == 0 ? 0 : min,
        max,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** 8 for the same field, 4 when a word of the field is among the reviewer's fields, else 0. */
  static long match(String field, Set<String> expertise) {
    if (field.isEmpty()) {
      return 0;
    }
    long best = 0;
    for (String e : expertise) {
      String n = norm(e);
      if (n.equals(field)) {
        return 8;
      }
      for (String word : field.split(" ")) {
        if (word.length() > 3 && n.contains(word)) {
          best = 4;
        }
      }
    }
    return best;
  }

  private static String norm(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
