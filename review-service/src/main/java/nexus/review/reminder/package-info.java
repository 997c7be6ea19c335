/** Reminders to reviewers before the scoring deadline (scheduled once per cluster, ShedLock). */
package nexus.review.reminder;
