package nexus.alumni.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTest {

  @Test
  void anEmptySegmentIncludesEveryone() {
    assertThat(new Segment(List.of(), null, null, null).includes(null, List.of(), List.of()))
        .isTrue();
  }

  @Test
  void aseanRegionIncludesVietnamButNotJapan() {
    Segment asean = new Segment(null, Region.ASEAN, null, null);
    assertThat(asean.includes("VN", List.of(), List.of())).isTrue();
    assertThat(asean.includes("JP", List.of(), List.of())).isFalse();
  }

  @Test
  void countriesFieldAndYearNarrowTogether() {
    Segment s = new Segment(List.of(" vn", "TH"), null, "Semiconductor", 2025);
    assertThat(s.includes("VN", List.of("semiconductor design"), List.of(2025))).isTrue();
    assertThat(s.includes("VN", List.of("semiconductor design"), List.of(2026))).isFalse();
    assertThat(s.includes("MY", List.of("semiconductor design"), List.of(2025))).isFalse();
    assertThat(s.includes("TH", List.of("biotechnology"), List.of(2025))).isFalse();
  }
}
