/** The published criteria and a reviewer's score sheet (plain Java). */
package nexus.review.scoring.domain;
