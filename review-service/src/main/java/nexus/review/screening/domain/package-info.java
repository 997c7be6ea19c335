/** Eligibility screening rules (plain Java). */
package nexus.review.screening.domain;
