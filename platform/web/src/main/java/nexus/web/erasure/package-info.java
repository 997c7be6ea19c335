/**
 * Participant erasure for the services that keep copies of plans' people (issue 7): the hosts'
 * participant lists kept as keys of names, never names, and {@code alumni.erased} applied to every
 * {@link nexus.web.erasure.ErasableCopies} of the service; an erasure before the list waits for it.
 */
package nexus.web.erasure;
