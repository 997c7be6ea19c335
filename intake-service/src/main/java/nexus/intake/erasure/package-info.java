/**
 * Issue 7's erasure reaching intake: participant lists as keys, {@code alumni.erased} applied to
 * every copy of a plan that names people.
 */
package nexus.intake.erasure;
