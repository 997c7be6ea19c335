package nexus.alumni.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nexus.events.ExchangeCompleted;
import nexus.events.ParticipantListSubmitted;
import nexus.events.ParticipantRecord;
import nexus.events.PlanSnapshot;
import nexus.testsupport.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Participants, completed exchanges and users for alumni tests. */
public final class AlumniFixtures {

  public static final Instant EXCHANGE_ENDED = Instant.parse("2026-12-25T03:00:00Z");
  public static final Instant NEXT_EXCHANGE_ENDED = Instant.parse("2027-12-24T03:00:00Z");

  private AlumniFixtures() {}

  public static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  /** A Vietnamese researcher with a unique address. */
  public static ParticipantRecord vietnameseResearcher(String name) {
    return participant(name, "VN", "Hanoi University of Science and Technology", "INVITATION");
  }

  /** A Japanese researcher with a unique address. */
  public static ParticipantRecord japaneseResearcher(String name) {
    return participant(name, "JP", "Tohoku University", "DISPATCH");
  }

  public static ParticipantRecord participant(
      String name, String country, String affiliation, String direction) {
    String id = newId("p");
    return new ParticipantRecord(
        id,
        name,
        name.toLowerCase().replace(' ', '.') + "." + id.substring(2, 10) + "@alumni.example",
        country,
        affiliation,
        "RESEARCHER",
        "PARTICIPANT",
        direction);
  }

  /** The same person as {@code p} in another plan: another participant id, same address. */
  public static ParticipantRecord samePersonInAnotherPlan(ParticipantRecord p, String emailCase) {
    return new ParticipantRecord(
        newId("p"),
        p.name(),
        emailCase,
        p.country(),
        p.affiliation(),
        p.category(),
        p.role(),
        p.direction());
  }

  public static ExchangeCompleted completed(
      String planId, String field, Instant at, ParticipantRecord... participants) {
    return new ExchangeCompleted(
        planId,
        "ytec-2025",
        Arrays.stream(participants).map(ParticipantRecord::participantId).toList(),
        at,
        "YOUNG_TALENT",
        field,
        "INST-TOHOKU",
        "Tohoku University",
        List.of(new PlanSnapshot.Counterpart("Hanoi University of Science and Technology", "VN")),
        LocalDate.parse("2026-02-01"),
        LocalDate.parse("2026-11-30"),
        List.of(participants));
  }

  public static ParticipantListSubmitted participantList(
      String planId, ParticipantRecord... participants) {
    return new ParticipantListSubmitted(
        planId,
        Arrays.stream(participants).map(ParticipantRecord::participantId).toList(),
        Instant.parse("2026-01-20T00:00:00Z"),
        "ytec-2025",
        List.of(participants));
  }

  public static JwtRequestPostProcessor staff() {
    return TestUsers.staff("staff-alumni");
  }

  public static JwtRequestPostProcessor applicant() {
    return TestUsers.applicantOf("INST-A");
  }

  /** A signed-in alumnus whose login is {@code subject}. */
  public static JwtRequestPostProcessor alumnus(String subject) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(j -> j.subject(subject).claim("roles", List.of("alumnus")).claim("name", subject))
        .authorities(
            new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_alumnus"));
  }

  /** A signed-in user with a login but no alumni role yet (e.g. a PI who also travelled). */
  public static JwtRequestPostProcessor signedIn(String subject, String email) {
    return SecurityMockMvcRequestPostProcessors.jwt()
        .jwt(
            j ->
                j.subject(subject)
                    .claim("roles", List.of())
                    .claim("email", email)
                    .claim("name", subject));
  }
}
