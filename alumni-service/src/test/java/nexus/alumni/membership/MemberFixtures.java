package nexus.alumni.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nexus.events.ExchangeCompleted;
import nexus.testsupport.TestUsers;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Users and completed exchanges for alumni tests. */
final class MemberFixtures {

  static final Instant FIRST_EXCHANGE_ENDED = Instant.parse("2026-12-25T03:00:00Z");
  static final Instant SECOND_EXCHANGE_ENDED = Instant.parse("2027-12-24T03:00:00Z");

  private MemberFixtures() {}

  static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  static ExchangeCompleted exchangeCompleted(
      String planId, Instant completedAt, String... participantIds) {
    return new ExchangeCompleted(planId, "ytec-2025", List.of(participantIds), completedAt);
  }

  static JwtRequestPostProcessor staff(String role) {
    return TestUsers.staff(role);
  }

  static JwtRequestPostProcessor applicant() {
    return TestUsers.applicantOf("INST-A");
  }
}
