/** Web adapter of activity reports: the host's and staff's API and pages, the public catalogue. */
package nexus.reporting.activity.web;
