/** Web adapter of reporting obligations. */
package nexus.reporting.obligation.web;
