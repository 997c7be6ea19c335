/** The call page for review staff: settings, assignment, ranking and awards of one call. */
package nexus.review.callpage;
