/** Review cases: one per submitted plan, built from intake's events. */
package nexus.review.reviewcase;
