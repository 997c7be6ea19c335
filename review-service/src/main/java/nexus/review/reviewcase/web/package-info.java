/** Web adapter of review cases. */
package nexus.review.reviewcase.web;
