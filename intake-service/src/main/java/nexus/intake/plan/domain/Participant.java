package nexus.intake.plan.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
    @Size(max = 200, message = "{input.text.size}") String name,
    LocalDate birthDate,
    ParticipantCategory category,
    ParticipantRole role,
    @Size(max = 200, message = "{input.text.size}") String affiliation,
    @Size(max = 20, message = "{input.list.size}") List<@Valid Visit> visits) {

  public Participant {
    visits = visits == null ? List.of() : List.copyOf(visits);
    role = role == null ? ParticipantRole.PARTICIPANT : role;
  }

  public long stayDays() {
    return visits.stream().mapToLong(Visit::days).sum();
  }
}
