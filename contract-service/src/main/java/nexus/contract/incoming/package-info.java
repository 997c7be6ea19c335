/**
 * What contract consumes: review's awards, reporting's accounting reports, intake's memberships.
 */
package nexus.contract.incoming;
