package nexus.intake.plan.domain;

import java.time.LocalDate;
import java.util.List;
import nexus.intake.call.domain.ParticipantCategory;

/**
 * A person the plan invites or dispatches.
 *
 * @param name full name
 * @param birthDate birth date (for the age limit)
 * @param category what they are (student, postdoc...)
 * @param role participant or chaperone
 * @param affiliation their institution
 * @param visits their stays
 */
public record Participant(
    String name,
    LocalDate birthDate,
    ParticipantCategory category,
    ParticipantRole role,
    String affiliation,
    List<Visit> visits) {

  public Participant {
    visits = visits == null ? List.of() : List.copyOf(visits);
    role = role == null ? ParticipantRole.PARTICIPANT : role;
  }

  public long stayDays() {
    return visits.stream().mapToLong(Visit::days).sum();
  }
}
