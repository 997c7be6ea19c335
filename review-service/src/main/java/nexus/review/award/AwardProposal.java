package nexus.review.award;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nexus.review.award.domain.PortfolioSolver;

/**
 * The last proposed portfolio.
 *
 * @param solution the solver's answer (status, selection, merit, bound, gap)
 * @param exclusions why the high-ranked plans left out are out
 * @param amounts the amount each candidate was proposed with
 * @param at when it was proposed
 */
public record AwardProposal(
    PortfolioSolver.Solution solution,
    List<PortfolioSolver.Exclusion> exclusions,
    Map<String, Long> amounts,
    Instant at) {}
