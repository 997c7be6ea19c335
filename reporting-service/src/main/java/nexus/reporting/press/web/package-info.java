/** Web adapter of press coverage: the institutions' page and API, staff list and exports. */
package nexus.reporting.press.web;
