package nexus.review.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningResultTest {

  private static final Set<String> ASEAN =
      Set.of("ID", "KH", "SG", "TH", "PH", "BN", "VN", "MY", "MM", "LA", "TL");

  @Test
  void nothingTickedIsEligible() {
    assertThat(ScreeningResult.of(Set.of(), "", List.of("TH", "VN"), ASEAN).outcome())
        .isEqualTo("ELIGIBLE");
  }

  @Test
  void anIneligibleKindNeedsAReason() {
    assertThatThrownBy(() -> ScreeningResult.of(Set.of(IneligibleKind.FOR_PROFIT), " "))
        .hasMessage("screening.reason.required");
    assertThat(ScreeningResult.of(Set.of(IneligibleKind.FOR_PROFIT), "tour company").reasonKeys())
        .containsExactly("screening.FOR_PROFIT");
  }

  @Test
  void aCountryOutsideTheCallMakesThePlanIneligibleWhateverWasTicked() {
    ScreeningResult r = ScreeningResult.of(Set.of(), "", List.of("TH", "US"), ASEAN);

    assertThat(r.outcome()).isEqualTo("INELIGIBLE");
    assertThat(r.kinds()).containsExactly(IneligibleKind.NON_ELIGIBLE_COUNTRY);
    assertThat(r.reason()).isEqualTo("US");
  }
}
