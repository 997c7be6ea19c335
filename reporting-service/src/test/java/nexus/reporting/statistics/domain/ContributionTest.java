package nexus.reporting.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.Visit;
import nexus.reporting.statistics.domain.Contribution.Cell;
import org.junit.jupiter.api.Test;

class ContributionTest {

  static Visit visit(String start, String end, String direction) {
    return new Visit(LocalDate.parse(start), LocalDate.parse(end), direction, null);
  }

  static ConfirmedParticipant person(String country, Visit... visits) {
    return new ConfirmedParticipant(
        "p", "n", null, "FACULTY", "PARTICIPANT", null, country, null, List.of(visits), null);
  }

  @Test
  void aPersonCountsOncePerDirectionAndPersonDaysSumTheVisits() {
    var cells =
        Contribution.of(
            List.of(
                person(
                    "TH",
                    visit("2026-03-01", "2026-03-10", "INVITATION"),
                    visit("2026-05-01", "2026-05-05", "INVITATION"),
                    visit("2026-07-01", "2026-07-03", "DISPATCH")),
                person("VN", visit("2026-03-01", "2026-03-20", "INVITATION"))),
            "AI",
            "MENTOR",
            null);

    assertThat(cells)
        .containsEntry("direction|INVITATION", new Cell(2, 35))
        .containsEntry("direction|DISPATCH", new Cell(1, 3))
        .containsEntry("country|TH", new Cell(1, 18))
        .containsEntry("country|VN", new Cell(1, 20))
        .containsEntry("field|AI", new Cell(2, 38))
        .containsEntry("course|MENTOR", new Cell(2, 38))
        .containsEntry("institutionType|UNKNOWN", new Cell(2, 38));
  }
}
