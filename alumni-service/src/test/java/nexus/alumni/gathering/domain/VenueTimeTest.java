package nexus.alumni.gathering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VenueTimeTest {

  private static final Instant EVENING_IN_BANGKOK = Instant.parse("2027-03-05T11:30:00Z");

  @Test
  void showsTheTimeAtTheVenueWithItsZoneNamedInTheReadersLanguage() {
    ZoneId bangkok = ZoneId.of("Asia/Bangkok");

    assertThat(VenueTime.format(EVENING_IN_BANGKOK, bangkok, Locale.ENGLISH))
        .isEqualTo("2027-03-05 18:30 (Bangkok Time, UTC+07:00)");
    assertThat(VenueTime.format(EVENING_IN_BANGKOK, bangkok, Locale.JAPANESE))
        .isEqualTo("2027-03-05 18:30（バンコク時間、UTC+07:00）");
    assertThat(VenueTime.format(EVENING_IN_BANGKOK, VenueTime.JAPAN, Locale.ENGLISH))
        .isEqualTo("2027-03-05 20:30 (Japan Time, UTC+09:00)");
  }

  @Test
  void aVenueIsInJapanUnlessAnotherPlaceIsNamed() {
    assertThat(VenueTime.zone(null)).contains(VenueTime.JAPAN);
    assertThat(VenueTime.zone(" ")).contains(VenueTime.JAPAN);
    assertThat(VenueTime.zone("Asia/Ho_Chi_Minh")).contains(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(VenueTime.zone("Asia/Atlantis")).isEmpty();
    assertThat(VenueTime.zone("UTC+7")).isEmpty();
    assertThat(VenueTime.VENUE_ZONES).contains(VenueTime.JAPAN, ZoneId.of("Asia/Dili"));
  }
}
