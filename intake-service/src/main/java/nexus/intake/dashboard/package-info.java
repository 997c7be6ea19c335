/** The intake staff dashboard. */
package nexus.intake.dashboard;
