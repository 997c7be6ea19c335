package nexus.review.assignment;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nexus.review.assignment.domain.AssignmentSolver;
import nexus.review.callsettings.CallSettingsStore;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCases;
import nexus.review.reviewer.Reviewers;
import nexus.review.reviewer.Reviewers.ReviewerView;
import nexus.review.scoring.ScoreSheetDocument;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Assigns reviewers to the reviewable cases of a call with {@link AssignmentSolver}; staff pin,
 * unpin or swap reviewers and solve again (pins stay, and so do reviewers who started a sheet); a
 * reviewer who declares a conflict leaves the case at once.
 */
@Service
public class Assignments {

  private final ReviewCases cases;
  private final Reviewers reviewers;
  private final CallSettingsStore settings;
  private final MongoTemplate mongo;

  Assignments(
      ReviewCases cases, Reviewers reviewers, CallSettingsStore settings, MongoTemplate mongo) {
    this.mongo = mongo;
    this.cases = cases;
    this.reviewers = reviewers;
    this.settings = settings;
  }

  /**
   * What a solve did.
   *
   * @param plans reviewable plans assigned
   * @param reviewers reviewers available
   * @param shortfall plans that could not get k conflict-free reviewers
   * @param matches assignments with an expertise match
   * @param minLoad smallest reviewer load
   * @param maxLoad largest reviewer load
   * @param millis solving time
   */
  public record Summary(
      int plans,
      int reviewers,
      Map<String, Integer> shortfall,
      int matches,
      int minLoad,
      int maxLoad,
      long millis) {}

  /** Solves the call's assignment and stores each case's reviewers. */
  public Summary solve(String callId) {
    int k = settings.of(callId).reviewersPerPlan();
    List<ReviewerView> committee = reviewers.all();
    List<ReviewCaseDocument> all = cases.ofCall(callId);
    List<ReviewCaseDocument> reviewable = all.stream().filter(CaseStatus::reviewable).toList();
    Set<String> conflicted = new HashSet<>();
    for (ReviewCaseDocument c : reviewable) {
      for (ReviewerView r : committee) {
        if (!Reviewers.conflicts(r, c).isEmpty()) {
          conflicted.add(c.planId + "|" + r.subject());
        }
      }
    }
    Set<String> known = committee.stream().map(ReviewerView::subject).collect(Collectors.toSet());
    Map<String, Set<String>> started = started(callId);
    List<AssignmentSolver.Plan> plans =
        reviewable.stream()
            .map(
                c ->
                    new AssignmentSolver.Plan(
                        c.planId,
                        c.snapshot == null ? "" : c.snapshot.field(),
                        k,
                        java.util.stream.Stream.concat(
                                c.pinnedReviewers.stream(),
                                c.reviewers.stream()
                                    .filter(
                                        r -> started.getOrDefault(c.planId, Set.of()).contains(r)))
                            .filter(known::contains)
                            .filter(s -> !conflicted.contains(c.planId + "|" + s))
                            .limit(k)
                            .collect(Collectors.toCollection(LinkedHashSet::new))))
            .toList();
    List<AssignmentSolver.Reviewer> pool =
        committee.stream()
            .map(r -> new AssignmentSolver.Reviewer(r.subject(), Set.copyOf(r.expertise())))
            .toList();
    AssignmentSolver.Result result = AssignmentSolver.solve(plans, pool, conflicted);
    for (ReviewCaseDocument c : all) {
      List<String> assigned = result.assignments().getOrDefault(c.planId, List.of());
      cases.updateReviewers(c, assigned, new Update());
    }
    return new Summary(
        plans.size(),
        pool.size(),
        result.shortfall(),
        result.matches(),
        result.minLoad(),
        result.maxLoad(),
        result.millis());
  }

  /**
   * Reviewers who started a sheet keep their plan at a re-solve (their work is not taken away): per
   * plan, the reviewers with a draft or submitted sheet.
   */
  private Map<String, Set<String>> started(String callId) {
    Map<String, Set<String>> started = new java.util.HashMap<>();
    mongo
        .find(Query.query(Criteria.where("callId").is(callId)), ScoreSheetDocument.class)
        .forEach(s -> started.computeIfAbsent(s.planId, k -> new HashSet<>()).add(s.reviewer));
    return started;
  }

  /** Pins a reviewer to a case: kept by every later solve. Never a conflicted reviewer. */
  public void pin(String planId, String subject) {
    ReviewCaseDocument c = reviewableCase(planId);
    ReviewerView r =
        reviewers.one(subject).orElseThrow(() -> new NotFoundException("reviewer " + subject));
    if (!Reviewers.conflicts(r, c).isEmpty()) {
      throw new RuleViolationException(
          HttpStatus.CONFLICT,
          "assignment.conflicted",
          String.join(", ", Reviewers.conflicts(r, c)));
    }
    cases.updateReviewers(
        c, with(c.reviewers, subject), new Update().addToSet("pinnedReviewers", subject));
  }

  /** Unpins a reviewer (they stay assigned until the next solve). */
  public void unpin(String planId, String subject) {
    reviewableCase(planId);
    cases.update(planId, new Update().pull("pinnedReviewers", subject));
  }

  /** Replaces one reviewer of a case by another, who is pinned (one write, one announcement). */
  public void swap(String planId, String from, String to) {
    ReviewCaseDocument c = reviewableCase(planId);
    ReviewerView r = reviewers.one(to).orElseThrow(() -> new NotFoundException("reviewer " + to));
    if (!Reviewers.conflicts(r, c).isEmpty()) {
      throw new RuleViolationException(
          HttpStatus.CONFLICT,
          "assignment.conflicted",
          String.join(", ", Reviewers.conflicts(r, c)));
    }
    List<String> pinned = without(with(c.pinnedReviewers, to), from);
    cases.updateReviewers(
        c, without(with(c.reviewers, to), from), new Update().set("pinnedReviewers", pinned));
  }

  /** A reviewer declares a conflict with a case assigned to them: they leave it at once. */
  public void declareConflict(String subject, String planId, String reason) {
    ReviewCaseDocument c =
        cases
            .document(planId)
            .filter(d -> d.reviewers.contains(subject))
            .orElseThrow(() -> new NotFoundException("case " + planId));
    reviewers.declare(subject, c.planId, reason);
    cases.updateReviewers(
        c, without(c.reviewers, subject), new Update().pull("pinnedReviewers", subject));
  }

  private static List<String> with(List<String> subjects, String subject) {
    List<String> next = new java.util.ArrayList<>(subjects == null ? List.of() : subjects);
    if (!next.contains(subject)) {
      next.add(subject);
    }
    return next;
  }

  private static List<String> without(List<String> subjects, String subject) {
    return (subjects == null ? List.<String>of() : subjects)
        .stream().filter(s -> !s.equals(subject)).toList();
  }

  private ReviewCaseDocument reviewableCase(String planId) {
    ReviewCaseDocument c =
        cases.document(planId).orElseThrow(() -> new NotFoundException("case " + planId));
    if (!CaseStatus.reviewable(c)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "assignment.not-reviewable");
    }
    return c;
  }
}
