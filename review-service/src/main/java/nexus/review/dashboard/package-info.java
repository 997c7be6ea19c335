/** The review staff dashboard. */
package nexus.review.dashboard;
