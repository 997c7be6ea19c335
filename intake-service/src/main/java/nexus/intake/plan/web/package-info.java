/** Web adapter of the plan feature: applicants' pages and API. */
package nexus.intake.plan.web;
