/** Applicants' pages and API for answering review's document requests. */
package nexus.intake.request.web;
