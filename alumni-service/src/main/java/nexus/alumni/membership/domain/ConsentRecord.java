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

  /**
   * To receive announcements, invitations to gatherings and the program's follow-up surveys by
   * e-mail.
   */
  public static final String MAIL = "MAIL";

  /**
   * The purpose of a mail consent given before it named the follow-up surveys (announcements and
   * gatherings only): kept on those records, and not enough for a survey.
   */
  public static final String MAIL_PURPOSE_BEFORE_SURVEYS = "consent.mail.purpose";

  /**
   * The purpose each kind of consent is asked for now (message keys, ja/en). A purpose that widens
   * gets a new key, so that every record keeps the text the member agreed to.
   */
  public static String purposeOf(String kind) {
    return LISTING.equals(kind) ? "consent.listing.purpose" : "consent.mail-and-surveys.purpose";
  }
}
