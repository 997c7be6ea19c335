/** The plan aggregate and the rules it enforces, in plain Java. */
package nexus.intake.plan.domain;
