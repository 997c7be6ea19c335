/** Web adapter of incident reports. */
package nexus.reporting.incident.web;
