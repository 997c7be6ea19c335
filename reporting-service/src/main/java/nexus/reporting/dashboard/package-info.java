/** The reporting staff dashboard. */
package nexus.reporting.dashboard;
