/** The alumni staff dashboard. */
package nexus.alumni.dashboard;
