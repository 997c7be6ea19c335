/**
 * The plans the agency awarded, kept from review's {@code plan.awarded} events with what intake
 * knows of them (PI, exchange period), for the awarded-plan overlap rule at submission.
 */
package nexus.intake.award;
