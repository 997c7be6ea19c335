package nexus.reporting.obligation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.SafetyChecklist;
import nexus.reporting.obligation.domain.Visit;

/** One confirmed person as the host sends them; the plan's rules are checked after the form's. */
record ParticipantForm(
    @Size(max = 80) String participantId,
    @NotBlank @Size(max = 200) String name,
    LocalDate birthDate,
    @Size(max = 60) String category,
    @NotNull @Pattern(regexp = "PARTICIPANT|CHAPERONE") String role,
    @Size(max = 300) String affiliation,
    @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
    @Email @Size(max = 254) String email,
    @NotNull @Size(max = 20) List<@Valid @NotNull VisitForm> visits,
    @Valid SafetyForm safety) {

  record VisitForm(
      @NotNull LocalDate start,
      @NotNull LocalDate end,
      @NotNull @Pattern(regexp = "INVITATION|DISPATCH") String direction,
      @Size(max = 300) String place) {}

  record SafetyForm(
      boolean insuranceWithEvacuation,
      @Size(max = 300) String emergencyContact,
      boolean mofaRegistered) {}

  ConfirmedParticipant toParticipant() {
    return new ConfirmedParticipant(
        participantId,
        name,
        birthDate,
        category,
        role,
        affiliation,
        country,
        email,
        visits.stream().map(v -> new Visit(v.start(), v.end(), v.direction(), v.place())).toList(),
        safety == null
            ? null
            : new SafetyChecklist(
                safety.insuranceWithEvacuation(),
                safety.emergencyContact(),
                safety.mofaRegistered()));
  }
}
