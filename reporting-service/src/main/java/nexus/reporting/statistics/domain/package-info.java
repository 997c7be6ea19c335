/** How a plan's participants count towards the statistics, in plain Java. */
package nexus.reporting.statistics.domain;
