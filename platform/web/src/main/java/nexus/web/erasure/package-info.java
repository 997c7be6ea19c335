/**
 * Participant erasure for the services that keep copies of plans' people (issue 7): the hosts'
 * participant lists kept as keys of names, never names, and {@code alumni.erased} applied to every
 * {@link nexus.web.erasure.ErasableCopies} of the service; an erasure before the list waits for it,
 * and one that no copy names yet stays pending (reported once on the audit page as {@code
 * participant.erasure.unmatched}).
 */
package nexus.web.erasure;
