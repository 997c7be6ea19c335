package nexus.review.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

  @Test
  void aHarshAndALenientReviewerWeighTheSame() {
    // harsh H scores A=20, B=10; lenient L scores C=35, D=30. Raw means favour C and D;
    // normalised, A and C (each reviewer's best) tie at the top.
    List<Ranking.Score> scores =
        List.of(
            new Ranking.Score("A", "H", 20),
            new Ranking.Score("B", "H", 10),
            new Ranking.Score("C", "L", 35),
            new Ranking.Score("D", "L", 30));
    Map<String, String> course = Map.of("A", "Y", "B", "Y", "C", "Y", "D", "Y");

    List<Ranking.Row> rows = Ranking.rank(scores, course).get("Y");

    assertThat(rows).extracting(Ranking.Row::planId).containsExactly("C", "A", "D", "B");
    assertThat(rows.get(0).normalised()).isEqualTo(rows.get(1).normalised());
    assertThat(rows.get(0).rawMean()).isEqualTo(35.0);
  }

  @Test
  void aReviewerFarFromTheOthersIsFlaggedAndTheSpreadShown() {
    List<Ranking.Score> scores =
        List.of(
            new Ranking.Score("A", "R1", 30), new Ranking.Score("B", "R1", 20),
            new Ranking.Score("A", "R2", 31), new Ranking.Score("B", "R2", 21),
            new Ranking.Score("A", "R3", 10), new Ranking.Score("B", "R3", 30));

    Ranking.Row a =
        Ranking.rank(scores, Map.of("A", "Y", "B", "Y")).get("Y").stream()
            .filter(r -> r.planId().equals("A"))
            .findFirst()
            .orElseThrow();

    assertThat(a.outlierReviewers()).containsExactly("R3");
    assertThat(a.spread()).isEqualTo(21);
    assertThat(a.sheets()).isEqualTo(3);
  }

  @Test
  void coursesAreRankedApart() {
    Map<String, List<Ranking.Row>> ranked =
        Ranking.rank(
            List.of(new Ranking.Score("A", "R", 20), new Ranking.Score("B", "R", 30)),
            Map.of("A", "YOUNG_TALENT", "B", "MENTOR"));

    assertThat(ranked.get("YOUNG_TALENT"))
        .singleElement()
        .extracting(Ranking.Row::rank)
        .isEqualTo(1);
    assertThat(ranked.get("MENTOR")).singleElement().extracting(Ranking.Row::rank).isEqualTo(1);
  }
}
