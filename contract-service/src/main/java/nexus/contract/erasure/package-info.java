/**
 * Issue 7's erasure reaching contract: participant lists as keys, {@code alumni.erased} applied to
 * every copy of a plan that names people.
 */
package nexus.contract.erasure;
