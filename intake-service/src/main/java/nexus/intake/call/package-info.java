/** Calls for proposals: their definitions and the catalog intake serves them from. */
package nexus.intake.call;
