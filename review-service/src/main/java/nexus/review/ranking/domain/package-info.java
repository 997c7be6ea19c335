/**
 * Ranking of scored plans: raw mean, reviewer-normalised z-scores, spread, outliers (plain Java).
 */
package nexus.review.ranking.domain;
