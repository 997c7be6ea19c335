/** Per-call settings of the review: reviewers per plan, scoring deadline, award constraints. */
package nexus.review.callsettings;
