/**
 * What reporting consumes: review's awards, contract's signatures and settlements, alumni's
 * erasures, intake's registrations and memberships, and its own events (e-mail).
 */
package nexus.reporting.incoming;
