package nexus.review.award;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nexus.events.PlanAwarded;
import nexus.events.PlanNotSelected;
import nexus.events.PlanSnapshot;
import nexus.messaging.Outbox;
import nexus.review.award.domain.PortfolioSolver;
import nexus.review.callsettings.CallSettings;
import nexus.review.callsettings.CallSettingsStore;
import nexus.review.exportcontrol.domain.NameNormaliser;
import nexus.review.ranking.Rankings;
import nexus.review.reviewcase.CaseStatus;
import nexus.review.reviewcase.ReviewCaseDocument;
import nexus.review.reviewcase.ReviewCases;
import nexus.web.NotFoundException;
import nexus.web.RuleViolationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Award decision support: proposes the portfolio from the ranking and the call's constraints,
 * explains the high-ranked plans it leaves out, takes staff's adjustments (force in or out, reduced
 * amounts, conditions, per-institution amounts) and finalises: {@link PlanAwarded} for the chosen
 * plans and {@link PlanNotSelected} for every other case of the call, through each case's outbox.
 */
@Service
public class Awards {

  /**
   * Merit = (mean z-score + offset) × scale: positive, so more awards (up to the target) is better.
   */
  static final double MERIT_OFFSET = 10;

  static final double MERIT_SCALE = 1000;

  static final double SECONDS = 10;

  static final double EXPLAIN_SECONDS = 2;

  static final int EXPLAINED = 10;

  private final MongoTemplate mongo;
  private final Rankings rankings;
  private final ReviewCases cases;
  private final CallSettingsStore settings;
  private final Outbox outbox;
  private final Clock clock;

  Awards(
      MongoTemplate mongo,
      Rankings rankings,
      ReviewCases cases,
      CallSettingsStore settings,
      Outbox outbox,
      Clock clock) {
    this.mongo = mongo;
    this.rankings = rankings;
    this.cases = cases;
    this.settings = settings;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * The award work on a call as staff see it.
   *
   * @param callId call id
   * @param proposal the last proposal (null before the first)
   * @param adjustments staff's adjustments per plan
   * @param stale whether adjustments were made after the last proposal
   * @param finalisedAt when the decisions were finalised (null until then)
   */
  public record AwardView(
      String callId,
      AwardProposal proposal,
      Map<String, AwardAdjustment> adjustments,
      boolean stale,
      Instant finalisedAt) {}

  public AwardView view(String callId) {
    AwardDraftDocument d = draft(callId);
    return new AwardView(callId, d.proposal, Map.copyOf(d.adjustments), stale(d), d.finalisedAt);
  }

  /** Solves the portfolio and explains the high-ranked plans it leaves out. */
  public AwardView propose(String callId) {
    AwardDraftDocument d = open(callId);
    CallSettings s = settings.of(callId);
    List<PortfolioSolver.Candidate> candidates = new ArrayList<>();
    Map<String, Long> amounts = new HashMap<>();
    List<Rankings.RankedPlan> ranked = new ArrayList<>();
    rankings.of(callId).values().forEach(ranked::addAll);
    for (Rankings.RankedPlan r : ranked) {
      ReviewCaseDocument c = cases.document(r.row().planId()).orElseThrow();
      AwardAdjustment a = d.adjustments.get(c.planId);
      long amount =
          a != null && a.reducedAmountJpy() != null ? a.reducedAmountJpy() : c.requestedAmountJpy;
      amounts.put(c.planId, amount);
      candidates.add(
          new PortfolioSolver.Candidate(
              c.planId,
              Math.max(1, Math.round((r.row().normalised() + MERIT_OFFSET) * MERIT_SCALE)),
              amount,
              japanese(c),
              c.counterpartCountries,
              c.snapshot == null
                  ? List.of()
                  : c.snapshot.counterparts().stream()
                      .map(p -> NameNormaliser.key(p.institution()))
                      .toList()));
    }
    Map<String, Integer> minimums = new HashMap<>();
    candidates.stream()
        .flatMap(c -> c.countries().stream())
        .forEach(
            country ->
                minimums.put(
                    country, s.countryMinimums().getOrDefault(country, s.minPerCountry())));
    PortfolioSolver.Limits limits =
        new PortfolioSolver.Limits(
            s.budgetJpy(),
            s.targetAwards(),
            minimums,
            s.maxPerCountry(),
            s.maxPerHostInstitution(),
            s.maxPerCounterpartInstitution());
    Set<String> in = new HashSet<>(d.forced("IN"));
    Set<String> out = new HashSet<>(d.forced("OUT"));
    PortfolioSolver.Solution solution = PortfolioSolver.solve(candidates, limits, in, out, SECONDS);
    long lowestChosen =
        candidates.stream()
            .filter(c -> solution.selected().contains(c.planId()))
            .mapToLong(PortfolioSolver.Candidate::merit)
            .min()
            .orElse(Long.MAX_VALUE);
    List<String> highRankedOut =
        candidates.stream()
            .filter(c -> !solution.selected().contains(c.planId()))
            .filter(c -> c.merit() > lowestChosen || out.contains(c.planId()))
            .sorted((a, b) -> Long.compare(b.merit(), a.merit()))
            .limit(EXPLAINED)
            .map(PortfolioSolver.Candidate::planId)
            .toList();
    List<PortfolioSolver.Exclusion> exclusions =
        "INFEASIBLE".equals(solution.status())
            ? List.of()
            : PortfolioSolver.explain(
                candidates, limits, in, out, solution, highRankedOut, EXPLAIN_SECONDS);
    d.proposal = new AwardProposal(solution, exclusions, amounts, clock.instant());
    mongo.save(d);
    return view(callId);
  }

  /** Records staff's adjustment of one plan (takes effect at the next proposal). */
  public AwardView adjust(String callId, String planId, AwardAdjustment adjustment) {
    AwardDraftDocument d = open(callId);
    ReviewCaseDocument c =
        cases
            .document(planId)
            .filter(x -> callId.equals(x.callId))
            .orElseThrow(() -> new NotFoundException("case " + planId));
    if (adjustment.forced() != null && !Set.of("IN", "OUT").contains(adjustment.forced())) {
      throw new RuleViolationException(HttpStatus.UNPROCESSABLE_ENTITY, "award.forced");
    }
    if (adjustment.reducedAmountJpy() != null
        && (adjustment.reducedAmountJpy() <= 0
            || adjustment.reducedAmountJpy() > c.requestedAmountJpy)) {
      throw new RuleViolationException(
          HttpStatus.UNPROCESSABLE_ENTITY, "award.reduced", c.requestedAmountJpy);
    }
    d.adjustments.put(planId, adjustment);
    d.adjustedAt = clock.instant();
    mongo.save(d);
    return view(callId);
  }

  /** Finalises the call's decisions from the current proposal. */
  public AwardView finalise(String callId) {
    AwardDraftDocument d = open(callId);
    if (d.proposal == null || stale(d)) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "award.proposal.stale");
    }
    if ("INFEASIBLE".equals(d.proposal.solution().status())) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "award.infeasible");
    }
    Instant now = clock.instant();
    Set<String> awarded = new HashSet<>(d.proposal.solution().selected());
    for (ReviewCaseDocument c : cases.ofCall(callId)) {
      if (CaseStatus.WITHDRAWN.equals(c.status) || c.decision != null) {
        continue;
      }
      if (awarded.contains(c.planId)) {
        award(c, d, now);
      } else {
        cases.update(
            c.planId,
            new Update()
                .set("status", CaseStatus.NOT_SELECTED)
                .set(
                    "decision",
                    new ReviewCaseDocument.Decision(CaseStatus.NOT_SELECTED, 0, 0, List.of(), now))
                .push(
                    "outbox",
                    outbox.entryFor(new PlanNotSelected(c.planId, callId, c.institutionId, now))));
      }
    }
    d.finalisedAt = now;
    mongo.save(d);
    return view(callId);
  }

  private void award(ReviewCaseDocument c, AwardDraftDocument d, Instant now) {
    AwardAdjustment a =
        Optional.ofNullable(d.adjustments.get(c.planId))
            .orElse(new AwardAdjustment(null, null, List.of(), null, null));
    long amount = d.proposal.amounts().getOrDefault(c.planId, c.requestedAmountJpy);
    long partner = a.partnerJpy() == null ? 0 : a.partnerJpy();
    long host = a.hostJpy() == null ? amount - partner : a.hostJpy();
    List<PlanAwarded.InstitutionAward> institutions = new ArrayList<>();
    institutions.add(
        new PlanAwarded.InstitutionAward(c.institutionId, c.institutionName, "HOST", host));
    Optional<PlanSnapshot.Partner> funded =
        c.snapshot == null
            ? Optional.empty()
            : c.snapshot.partners().stream().filter(PlanSnapshot.Partner::funded).findFirst();
    if (partner > 0 && funded.isPresent()) {
      institutions.add(
          new PlanAwarded.InstitutionAward(
              funded.get().name(), funded.get().name(), "PARTNER", partner));
    }
    long total = institutions.stream().mapToLong(PlanAwarded.InstitutionAward::amountJpy).sum();
    cases.update(
        c.planId,
        new Update()
            .set("status", CaseStatus.AWARDED)
            .set(
                "decision",
                new ReviewCaseDocument.Decision(
                    CaseStatus.AWARDED, host, partner, a.conditions(), now))
            .push(
                "outbox",
                outbox.entryFor(
                    new PlanAwarded(
                        c.planId,
                        c.callId,
                        c.institutionId,
                        c.course,
                        total,
                        a.conditions(),
                        now,
                        c.title,
                        institutions,
                        c.snapshot))));
  }

  /** The host's and the partners' normalised names: one Japanese institution, one key. */
  private static List<String> japanese(ReviewCaseDocument c) {
    List<String> keys = new ArrayList<>();
    keys.add(NameNormaliser.key(c.institutionName));
    if (c.snapshot != null) {
      c.snapshot.partners().stream()
          .map(p -> NameNormaliser.key(p.name()))
          .filter(k -> !k.isEmpty() && !keys.contains(k))
          .forEach(keys::add);
    }
    return keys;
  }

  private AwardDraftDocument open(String callId) {
    AwardDraftDocument d = draft(callId);
    if (d.finalisedAt != null) {
      throw new RuleViolationException(HttpStatus.CONFLICT, "award.finalised");
    }
    return d;
  }

  private AwardDraftDocument draft(String callId) {
    AwardDraftDocument d = mongo.findById(callId, AwardDraftDocument.class);
    if (d == null) {
      d = new AwardDraftDocument();
      d.callId = callId;
    }
    return d;
  }

  private static boolean stale(AwardDraftDocument d) {
    return d.proposal != null && d.adjustedAt != null && d.adjustedAt.isAfter(d.proposal.at());
  }
}
