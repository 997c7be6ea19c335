package nexus.reporting.obligation;

import java.time.LocalDate;
import java.util.List;
import nexus.events.PlanSnapshot.Counterpart;
import nexus.reporting.obligation.domain.ConfirmedParticipant;

/**
 * What other parts of reporting need to know of a plan (activity reports, surveys, statistics).
 *
 * @param planId plan id
 * @param callId call id
 * @param title title
 * @param course course code
 * @param field research field
 * @param hostInstitutionId host
 * @param hostInstitutionName host's name
 * @param exchangeStart first day
 * @param exchangeEnd last day
 * @param counterparts ASEAN counterparts with countries
 * @param participants the confirmed participants (empty before the list is submitted)
 * @param completed whether the exchange is complete
 * @param hostContacts known addresses of the host's users
 */
public record PlanFacts(
    String planId,
    String callId,
    String title,
    String course,
    String field,
    String hostInstitutionId,
    String hostInstitutionName,
    LocalDate exchangeStart,
    LocalDate exchangeEnd,
    List<Counterpart> counterparts,
    List<ConfirmedParticipant> participants,
    boolean completed,
    List<String> hostContacts) {

  static PlanFacts of(ObligationDocument d) {
    return new PlanFacts(
        d.planId,
        d.callId,
        d.title,
        d.course,
        d.field,
        d.hostInstitutionId,
        d.hostInstitutionName,
        d.exchangeStart,
        d.exchangeEnd,
        d.counterparts == null ? List.of() : List.copyOf(d.counterparts),
        d.participantList == null ? List.of() : d.participantList.participants(),
        d.completedAt != null,
        d.contacts.stream()
            .filter(c -> c.institutionId().equals(d.hostInstitutionId))
            .map(ObligationDocument.Contact::email)
            .distinct()
            .toList());
  }
}
