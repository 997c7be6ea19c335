/**
 * Each plan's timeline: every service's events about the plan (submitted, screened, awarded,
 * agreement, payments, reports, alumni...), kept in intake's own collection for the applicant.
 */
package nexus.intake.timeline;
