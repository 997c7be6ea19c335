/** The timeline on the applicant's pages and API: their own institution's plans only. */
package nexus.intake.timeline.web;
