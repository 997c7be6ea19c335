package nexus.contract.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nexus.contract.settlement.domain.SettlementCalculation.Line;
import org.junit.jupiter.api.Test;

class SettlementCalculationTest {

  static final UnfundableItems UNFUNDABLE =
      new UnfundableItems(
          List.of("sightseeing", "cultural experience", "admission fee", "souvenir", "観光", "懇親会"));

  @Test
  void handWorkedExampleRefundsOneMillionFortyFiveThousand() {
    List<Line> lines =
        List.of(
            new Line("I", "Lab consumables", 850_000),
            new Line("II", "Lecturer honoraria", 400_000),
            new Line("III", "Flights and lodging", 4_500_000),
            new Line("III", "Sightseeing tour for participants", 150_000),
            new Line("IV", "Printing and communications", 300_000));

    SettlementCalculation s = SettlementCalculation.of(7_700_000, lines, 700_000, UNFUNDABLE);

    assertThat(s.directSpentJpy()).isEqualTo(6_200_000);
    assertThat(s.excludedJpy()).isEqualTo(150_000);
    assertThat(s.eligibleDirectJpy()).isEqualTo(6_050_000);
    assertThat(s.indirectAllowedJpy()).isEqualTo(605_000);
    assertThat(s.eligibleJpy()).isEqualTo(6_655_000);
    assertThat(s.refundJpy()).isEqualTo(1_045_000);
    assertThat(s.eligibleDirectByCategory()).containsEntry("III", 4_500_000L);
    assertThat(s.excludedLines()).singleElement().asString().contains("sightseeing");
  }

  @Test
  void japaneseUnfundableLinesAreExcludedToo() {
    SettlementCalculation s =
        SettlementCalculation.of(
            1_000_000,
            List.of(new Line("IV", "懇親会 会場費", 100_000), new Line("III", "旅費", 500_000)),
            0,
            UNFUNDABLE);

    assertThat(s.eligibleDirectJpy()).isEqualTo(500_000);
    assertThat(s.refundJpy()).isEqualTo(500_000);
  }

  @Test
  void indirectWithinTheCapIsAllowedInFullAndOverspendIsNeverPaidBeyondTheAdvance() {
    SettlementCalculation s =
        SettlementCalculation.of(
            1_000_000, List.of(new Line("III", "Flights", 1_200_000)), 100_000, UNFUNDABLE);

    assertThat(s.indirectAllowedJpy()).isEqualTo(100_000);
    assertThat(s.eligibleJpy()).isEqualTo(1_000_000);
    assertThat(s.refundJpy()).isZero();
  }

  @Test
  void indirectCapRoundsDownInTheAgencysFavour() {
    SettlementCalculation s =
        SettlementCalculation.of(
            2_000_000, List.of(new Line("I", "Reagents", 1_234_567)), 200_000, UNFUNDABLE);

    assertThat(s.indirectAllowedJpy()).isEqualTo(123_456);
  }
}
