/** Incident reports (事故報告): any time, alerting reporting staff at once. */
package nexus.reporting.incident;
