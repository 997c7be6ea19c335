/** Helpers shared by review's pages. */
package nexus.review.web;
