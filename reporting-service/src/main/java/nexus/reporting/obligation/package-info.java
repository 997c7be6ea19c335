/** Reporting obligations: one per plan with a signed agreement, built from contract's events. */
package nexus.reporting.obligation;
