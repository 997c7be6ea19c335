package nexus.reporting.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nexus.reporting.activity.domain.PublicationCheck.Photo;
import nexus.reporting.activity.domain.PublicationCheck.Problem;
import org.junit.jupiter.api.Test;

class PublicationCheckTest {

  static final Instant AT = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void aPictureOfSomeoneWithoutAYesIsAProblemWhateverTheCase() {
    List<Problem> problems =
        PublicationCheck.check(
            List.of("text"),
            List.of(new Photo("p1", "c", "c", List.of("ANAN", "Busaba", "Chai"))),
            List.of(
                new Consent("Anan", true, "host", AT), new Consent("Busaba", false, "host", AT)),
            List.of());

    assertThat(problems)
        .containsExactly(
            new Problem("photo-without-consent", "Busaba", "p1"),
            new Problem("photo-without-consent", "Chai", "p1"));
  }

  @Test
  void aParticipantNamedWithoutAnyConsentRecordBlocksPublication() {
    assertThat(
            PublicationCheck.check(
                List.of("We thank Dara Sok for the talk."),
                List.of(),
                List.of(),
                List.of("Dara Sok", "Not Named")))
        .containsExactly(new Problem("name-without-consent", "Dara Sok", null));
  }

  @Test
  void everyoneWithAYesMayBeNamedAndPictured() {
    assertThat(
            PublicationCheck.check(
                List.of("Anan presented."),
                List.of(new Photo("p1", "Anan", "Anan", List.of("Anan"))),
                List.of(new Consent("Anan", true, "host", AT)),
                List.of("Anan")))
        .isEmpty();
  }
}
