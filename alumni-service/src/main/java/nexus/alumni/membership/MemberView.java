package nexus.alumni.membership;

import java.time.Instant;
import java.util.List;

/**
 * An alumni member as alumni staff see them.
 *
 * @param id alumni member id
 * @param name full name
 * @param country country of affiliation
 * @param institution current institution
 * @param email contact e-mail
 * @param planIds the completed exchanges the member took part in
 * @param enrolledAt when the first of those exchanges ended
 * @param claimed whether the member claimed the profile
 * @param listed whether the member consented to be listed
 * @param mailConsent whether the member consented to receive mail
 * @param emailBouncedAt when the mail server refused the address for good (null: it does not)
 */
public record MemberView(
    String id,
    String name,
    String country,
    String institution,
    String email,
    List<String> planIds,
    Instant enrolledAt,
    boolean claimed,
    boolean listed,
    boolean mailConsent,
    Instant emailBouncedAt) {

  static MemberView of(MemberDocument d) {
    return new MemberView(
        d.id,
        d.name,
        d.country,
        d.institution,
        d.email,
        d.exchanges.stream().map(MemberDocument.Exchange::planId).toList(),
        d.enrolledAt,
        d.claimedAt != null,
        d.listed,
        d.mailConsent,
        d.emailBouncedAt);
  }
}
