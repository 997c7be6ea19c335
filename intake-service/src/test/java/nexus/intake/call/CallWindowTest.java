package nexus.intake.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import nexus.intake.call.domain.Call;
import org.junit.jupiter.api.Test;

class CallWindowTest {

  private final Call call =
      CallDefinitions.load().stream()
          .filter(c -> c.id().equals("ytec-2025"))
          .findFirst()
          .orElseThrow();

  @Test
  void deadlineIsNoonTokyoTimeExactly() {
    assertThat(call.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(call.closesAtInstant()).isEqualTo(Instant.parse("2025-10-15T03:00:00Z"));
  }

  @Test
  void acceptsAt115959AndRefusesAtNoon() {
    assertThat(call.acceptsSubmissionAt(Instant.parse("2025-10-15T02:59:59Z"))).isTrue();
    assertThat(call.acceptsSubmissionAt(Instant.parse("2025-10-15T02:59:59.999Z"))).isTrue();
    assertThat(call.acceptsSubmissionAt(Instant.parse("2025-10-15T03:00:00Z"))).isFalse();
  }

  @Test
  void windowOpensAtMidnightTokyoOnTheTwentySecondOfAugust() {
    assertThat(call.acceptsSubmissionAt(Instant.parse("2025-08-21T14:59:59Z"))).isFalse();
    assertThat(call.acceptsSubmissionAt(Instant.parse("2025-08-21T15:00:00Z"))).isTrue();
  }

  @Test
  void callDataNamesTheTenAseanMembersAndBothCourses() {
    assertThat(call.eligibleCountries())
        .containsExactlyInAnyOrder("ID", "KH", "SG", "TH", "PH", "BN", "VN", "MY", "MM", "LA");
    assertThat(call.course("YOUNG_TALENT").orElseThrow().overrunCapJpy()).isEqualTo(7_700_000L);
    assertThat(call.course("MENTOR").orElseThrow().overrunCapJpy()).isEqualTo(3_300_000L);
    assertThat(call.course("MENTOR").orElseThrow().chaperoneAllowed()).isFalse();
  }
}
