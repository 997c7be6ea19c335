/** Eligibility screening of review cases by review staff. */
package nexus.review.screening;
