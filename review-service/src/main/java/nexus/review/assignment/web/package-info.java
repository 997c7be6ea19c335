/** Web adapter of assignment. */
package nexus.review.assignment.web;
