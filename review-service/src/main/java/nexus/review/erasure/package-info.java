/**
 * Issue 7's erasure reaching review: participant lists as keys, {@code alumni.erased} applied to
 * every copy of a plan that names people.
 */
package nexus.review.erasure;
