package nexus.alumni.membership.domain;

import java.time.Instant;

/**
 * A consent given or withdrawn, with its purpose as the member read it and when.
 *
 * @param kind {@link #LISTING} or {@link #MAIL}
 * @param granted given (true) or withdrawn (false)
 * @param purpose the purpose stated to the member (message key)
 * @param at when
 */
public record ConsentRecord(String kind, boolean granted, String purpose, Instant at) {

  /** To be listed in the alumni directory and shown to other members. */
  public static final String LISTING = "LISTING";

  /** To receive announcements and invitations to gatherings by e-mail. */
  public static final String MAIL = "MAIL";

  /** The purpose each kind of consent is asked for (message keys, ja/en). */
  public static String purposeOf(String kind) {
    return LISTING.equals(kind) ? "consent.listing.purpose" : "consent.mail.purpose";
  }
}
