/** review-service: screening, reviewers, scores and awards. */
package nexus.review;
