/**
 * Statistics for reporting staff, kept up to date as events and lists arrive (pre-aggregated
 * counters), exportable to CSV and Excel.
 */
package nexus.reporting.statistics;
