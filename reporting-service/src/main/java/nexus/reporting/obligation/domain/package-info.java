/** The rules of reporting duties and participant lists, in plain Java. */
package nexus.reporting.obligation.domain;
