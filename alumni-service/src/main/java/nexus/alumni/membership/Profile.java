package nexus.alumni.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nexus.alumni.membership.MemberDocument.Exchange;
import nexus.alumni.membership.domain.Audience;
import nexus.alumni.membership.domain.ProfileField;
import nexus.alumni.membership.domain.Visibility;

/**
 * A profile as one viewer sees it: a field the member did not make visible to that viewer is null
 * (never sent, never rendered).
 *
 * @param id alumni member id
 * @param name full name
 * @param country country (ISO 3166 alpha-2)
 * @param institution current institution
 * @param position current position
 * @param fields research fields
 * @param exchanges exchanges taken part in, without the plan's and the participant's internal ids
 * @param email contact e-mail
 * @param contactableByMembers whether the member welcomes contact from other members
 * @param visibility the member's choices (only in their own view)
 */
public record Profile(
    String id,
    String name,
    String country,
    String institution,
    String position,
    List<String> fields,
    List<PastExchange> exchanges,
    String email,
    boolean contactableByMembers,
    Map<ProfileField, Visibility> visibility) {

  /** The member's own view: everything, with their visibility choices. */
  public static Profile own(MemberDocument d) {
    return new Profile(
        d.id,
        d.name,
        d.country,
        d.institution,
        d.position,
        List.copyOf(d.fields),
        PastExchange.of(d.exchanges),
        d.email,
        d.contactableByMembers,
        choices(d));
  }

  /** What {@code audience} may see of the member. */
  public static Profile seenBy(MemberDocument d, Audience audience) {
    return new Profile(
        d.id,
        shown(d, ProfileField.NAME, audience) ? d.name : null,
        shown(d, ProfileField.COUNTRY, audience) ? d.country : null,
        shown(d, ProfileField.INSTITUTION, audience) ? d.institution : null,
        shown(d, ProfileField.POSITION, audience) ? d.position : null,
        shown(d, ProfileField.FIELDS, audience) ? List.copyOf(d.fields) : null,
        shown(d, ProfileField.EXCHANGES, audience) ? PastExchange.of(d.exchanges) : null,
        shown(d, ProfileField.EMAIL, audience) ? d.email : null,
        // a wish towards other members, not a field the member made public
        audience != Audience.PUBLIC && d.contactableByMembers,
        null);
  }

  static Map<ProfileField, Visibility> choices(MemberDocument d) {
    Map<ProfileField, Visibility> all = ProfileField.defaults();
    if (d.visibility != null) {
      all.putAll(d.visibility);
    }
    return all;
  }

  static boolean shown(MemberDocument d, ProfileField field, Audience audience) {
    return field.in(d.visibility).shownTo(audience);
  }

  /**
   * One exchange as a profile shows it: what it was, never the plan id or the participant id (they
   * are reporting's internal keys and, with the erasure event, would tie the person to the plan).
   *
   * @param program program code ({@code ytec})
   * @param callYear call year
   * @param course course code
   * @param field the plan's research field
   * @param host host institution
   * @param counterparts counterpart institutions, {@code institution (CC)}
   * @param start first day
   * @param end last day
   * @param role PARTICIPANT or CHAPERONE
   * @param direction INVITATION or DISPATCH
   */
  public record PastExchange(
      String program,
      Integer callYear,
      String course,
      String field,
      String host,
      List<String> counterparts,
      LocalDate start,
      LocalDate end,
      String role,
      String direction) {

    static List<PastExchange> of(List<Exchange> exchanges) {
      return exchanges.stream()
          .map(
              e ->
                  new PastExchange(
                      e.program(),
                      e.callYear(),
                      e.course(),
                      e.field(),
                      e.host(),
                      e.counterparts() == null ? List.of() : List.copyOf(e.counterparts()),
                      e.start(),
                      e.end(),
                      e.role(),
                      e.direction()))
          .toList();
    }
  }
}
