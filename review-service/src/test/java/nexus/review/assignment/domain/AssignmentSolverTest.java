package nexus.review.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentSolverTest {

  @Test
  void everyPlanGetsKDistinctReviewersNoneConflictedAndLoadIsBalanced() {
    List<AssignmentSolver.Plan> plans = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      plans.add(new AssignmentSolver.Plan("P" + i, i % 2 == 0 ? "AI" : "Water", 3, Set.of()));
    }
    List<AssignmentSolver.Reviewer> reviewers = new ArrayList<>();
    for (int j = 0; j < 12; j++) {
      reviewers.add(new AssignmentSolver.Reviewer("R" + j, Set.of(j < 6 ? "AI" : "Water")));
    }
    Set<String> conflicted = new HashSet<>();
    for (int i = 0; i < 60; i += 3) {
      conflicted.add("P" + i + "|R" + (i % 12));
    }

    AssignmentSolver.Result result = AssignmentSolver.solve(plans, reviewers, conflicted);

    assertThat(result.shortfall()).isEmpty();
    Map<String, Integer> load = new HashMap<>();
    result
        .assignments()
        .forEach(
            (plan, rs) -> {
              assertThat(rs).hasSize(3).doesNotHaveDuplicates();
              rs.forEach(r -> assertThat(conflicted).doesNotContain(plan + "|" + r));
              rs.forEach(r -> load.merge(r, 1, Integer::sum));
            });
    assertThat(result.maxLoad() - result.minLoad()).isLessThanOrEqualTo(2);
    assertThat(result.matches()).isEqualTo(180);
  }

  @Test
  void pinsAreKeptAndCountTowardsK() {
    List<AssignmentSolver.Plan> plans =
        List.of(
            new AssignmentSolver.Plan("P1", "AI", 2, Set.of("R3")),
            new AssignmentSolver.Plan("P2", "AI", 2, Set.of()));
    List<AssignmentSolver.Reviewer> reviewers =
        List.of(
            new AssignmentSolver.Reviewer("R1", Set.of("AI")),
            new AssignmentSolver.Reviewer("R2", Set.of("AI")),
            new AssignmentSolver.Reviewer("R3", Set.of("History")));

    AssignmentSolver.Result result = AssignmentSolver.solve(plans, reviewers, Set.of());

    assertThat(result.assignments().get("P1")).hasSize(2).contains("R3");
    assertThat(result.assignments().get("P2")).containsExactlyInAnyOrder("R1", "R2");
  }

  @Test
  void aPlanWithTooFewConflictFreeReviewersIsReportedShortRatherThanGivenAConflictedOne() {
    List<AssignmentSolver.Plan> plans = List.of(new AssignmentSolver.Plan("P1", "AI", 3, Set.of()));
    List<AssignmentSolver.Reviewer> reviewers =
        List.of(
            new AssignmentSolver.Reviewer("R1", Set.of()),
            new AssignmentSolver.Reviewer("R2", Set.of()),
            new AssignmentSolver.Reviewer("R3", Set.of()));

    AssignmentSolver.Result result = AssignmentSolver.solve(plans, reviewers, Set.of("P1|R2"));

    assertThat(result.assignments().get("P1")).containsExactlyInAnyOrder("R1", "R3");
    assertThat(result.shortfall()).containsEntry("P1", 1);
  }

  @Test
  void aCallWithoutPlansOrWithoutReviewersIsSolvedEmpty() {
    assertThat(AssignmentSolver.solve(List.of(), List.of(), Set.of()).assignments()).isEmpty();
    AssignmentSolver.Result noCommittee =
        AssignmentSolver.solve(
            List.of(new AssignmentSolver.Plan("P1", "AI", 3, Set.of())), List.of(), Set.of());
    assertThat(noCommittee.assignments().get("P1")).isEmpty();
    assertThat(noCommittee.shortfall()).containsEntry("P1", 3);
  }
}
