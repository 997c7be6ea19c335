/**
 * The suite's events intake consumes (its own topic and review's, contract's, reporting's and
 * alumni's): each plan's timeline, and the awards the overlap rule needs. Other types are ignored.
 */
package nexus.intake.incoming;
