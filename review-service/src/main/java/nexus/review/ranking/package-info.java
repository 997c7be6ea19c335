/** Ranking of a call's reviewable plans per course. */
package nexus.review.ranking;
