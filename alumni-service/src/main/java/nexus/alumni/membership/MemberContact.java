package nexus.alumni.membership;

import java.util.ArrayList;
import java.util.List;
import nexus.alumni.membership.MemberDocument.Exchange;
import nexus.alumni.membership.domain.ConsentRecord;
import nexus.events.AlumniErased.PlanParticipant;

/**
 * What decides how others may reach a member: their exchanges, address (and whether it bounces),
 * mail consent with the purpose it was given for, language, and whether they left. Changes are
 * computed here, beside the write that makes them, so that the event tells what the write stores.
 *
 * @param exchanges the member's exchanges
 * @param email the contact address
 * @param bouncing whether the mail server refused it for good
 * @param mailConsent whether the member consents to mail
 * @param mailPurpose the purpose the latest mail consent was given or withdrawn for (message key)
 * @param language ja or en
 * @param erased whether the member left
 */
record MemberContact(
    List<Exchange> exchanges,
    String email,
    boolean bouncing,
    boolean mailConsent,
    String mailPurpose,
    String language,
    boolean erased) {

  static MemberContact of(MemberDocument m) {
    String purpose = null;
    for (ConsentRecord c : m.consents) {
      if (ConsentRecord.MAIL.equals(c.kind())) {
        purpose = c.purpose();
      }
    }
    return new MemberContact(
        List.copyOf(m.exchanges),
        m.email,
        m.emailBouncedAt != null,
        m.mailConsent,
        purpose,
        m.language,
        m.erased);
  }

  MemberContact withExchange(Exchange exchange) {
    List<Exchange> more = new ArrayList<>(exchanges);
    more.add(exchange);
    return new MemberContact(more, email, bouncing, mailConsent, mailPurpose, language, erased);
  }

  /** A mail consent recorded (given or withdrawn) for the purpose stated now. */
  MemberContact withMailConsent(boolean granted) {
    return new MemberContact(
        exchanges,
        email,
        bouncing,
        granted,
        ConsentRecord.purposeOf(ConsentRecord.MAIL),
        language,
        erased);
  }

  /** A new address: it does not bounce (yet). */
  MemberContact withEmail(String address) {
    return new MemberContact(exchanges, address, false, mailConsent, mailPurpose, language, erased);
  }

  MemberContact withLanguage(String lang) {
    return new MemberContact(exchanges, email, bouncing, mailConsent, mailPurpose, lang, erased);
  }

  MemberContact bounced() {
    return new MemberContact(exchanges, email, true, mailConsent, mailPurpose, language, erased);
  }

  MemberContact left() {
    return new MemberContact(exchanges, null, bouncing, false, mailPurpose, null, true);
  }

  /**
   * Whether the member's mail consent covers what others would send: given for the purpose stated
   * now, which names the program's follow-up surveys (a consent given for announcements and
   * gatherings alone does not).
   */
  boolean consentCoversSurveys() {
    return mailConsent && ConsentRecord.purposeOf(ConsentRecord.MAIL).equals(mailPurpose);
  }

  /** What the other services are told; equal values mean there is nothing new to tell. */
  Published published() {
    String reachable =
        !erased && email != null && !bouncing && consentCoversSurveys() ? email : null;
    return new Published(
        exchanges.stream().map(e -> new PlanParticipant(e.planId(), e.participantId())).toList(),
        reachable,
        erased ? null : language);
  }

  /**
   * A member's contact as the other services see it.
   *
   * @param participants every (plan id, participant id) of the member
   * @param email the address they may mail, or null
   * @param language the member's language (null once they left)
   */
  record Published(List<PlanParticipant> participants, String email, String language) {}
}
