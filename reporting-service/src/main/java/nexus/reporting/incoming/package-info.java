/**
 * What reporting consumes: review's awards, contract's signatures and settlements, alumni's
 * erasures, and its own events (e-mail).
 */
package nexus.reporting.incoming;
