/**
 * Alumni membership: one member per participant of a completed exchange, from reporting's events.
 */
package nexus.alumni.membership;
