/** The rules of membership: who sees which profile field, consents, single-use claim links. */
package nexus.alumni.membership.domain;
