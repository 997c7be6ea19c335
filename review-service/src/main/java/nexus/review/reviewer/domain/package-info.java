/** Reviewers' conflicts of interest (plain Java). */
package nexus.review.reviewer.domain;
