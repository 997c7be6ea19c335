package nexus.reporting.obligation.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the host confirms them after the exchange is arranged.
 *
 * @param participantId id within the plan (given by reporting)
 * @param name full name
 * @param birthDate birth date
 * @param category participant category (e.g. GRADUATE_STUDENT)
 * @param role {@code PARTICIPANT} or {@code CHAPERONE}
 * @param affiliation institution of affiliation
 * @param country country of affiliation, ISO 3166 alpha-2
 * @param email contact e-mail, if given
 * @param visits actual visits
 * @param safety the host's safety checklist for this person
 */
public record ConfirmedParticipant(
    String participantId,
    String name,
    LocalDate birthDate,
    String category,
    String role,
    String affiliation,
    String country,
    String email,
    List<Visit> visits,
    SafetyChecklist safety) {

  public static final String CHAPERONE = "CHAPERONE";

  public ConfirmedParticipant {
    visits = visits == null ? List.of() : List.copyOf(visits);
  }

  public boolean chaperone() {
    return CHAPERONE.equals(role);
  }

  /** Days summed over every visit. */
  public long stayDays() {
    return visits.stream().mapToLong(Visit::days).sum();
  }

  /** The direction of the first visit, or null for someone who does not travel. */
  public String direction() {
    return visits.isEmpty() ? null : visits.get(0).direction();
  }
}
