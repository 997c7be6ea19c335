/** The consent rules of public activity reports, in plain Java. */
package nexus.reporting.activity.domain;
