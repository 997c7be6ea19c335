/**
 * Who acts for which institution, in a service other than intake: a copy of intake's {@code
 * member.joined} / {@code member.left}, and the {@link nexus.web.TokenEnricher} that gives a
 * member's token (one without an institution claim: an account someone created) the institution
 * there too, as intake's own enricher does.
 */
package nexus.web.membership;
