/** Statistics pages and exports for reporting staff. */
package nexus.reporting.statistics.web;
