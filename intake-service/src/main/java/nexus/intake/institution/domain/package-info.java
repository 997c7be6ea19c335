/** Institution identity rules, in plain Java. */
package nexus.intake.institution.domain;
