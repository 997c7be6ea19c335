/** Web adapter of reviewers. */
package nexus.review.reviewer.web;
