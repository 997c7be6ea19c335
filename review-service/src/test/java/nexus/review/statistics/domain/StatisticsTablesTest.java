package nexus.review.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTablesTest {

  @Test
  void countsApplicationsAndAwardsPerDimensionWithMultiCountryPlansOncePerCountry() {
    List<StatisticsTables.Table> tables =
        StatisticsTables.of(
            List.of(
                new StatisticsTables.Application(
                    List.of("TH", "VN"), "AI", "MENTOR", "UNIVERSITY", "Kyoto", true),
                new StatisticsTables.Application(
                    List.of("TH"), "AI", "YOUNG_TALENT", "UNIVERSITY", "Kyoto", false),
                new StatisticsTables.Application(
                    List.of("MY"), null, "YOUNG_TALENT", null, "Osaka", false)));

    StatisticsTables.Table country = tables.get(0);
    assertThat(country.lines())
        .containsExactly(
            new StatisticsTables.Line("MY", 1, 0),
            new StatisticsTables.Line("TH", 2, 1),
            new StatisticsTables.Line("VN", 1, 1));
    assertThat(country.applications()).isEqualTo(3);
    assertThat(country.awards()).isEqualTo(1);
    assertThat(tables.get(1).lines())
        .containsExactly(
            new StatisticsTables.Line("-", 1, 0), new StatisticsTables.Line("AI", 2, 1));
    assertThat(tables.get(3).dimension()).isEqualTo("type");
    assertThat(tables.get(3).lines())
        .containsExactly(
            new StatisticsTables.Line("-", 1, 0), new StatisticsTables.Line("UNIVERSITY", 2, 1));
    assertThat(tables.get(4).lines())
        .containsExactly(
            new StatisticsTables.Line("Kyoto", 2, 1), new StatisticsTables.Line("Osaka", 1, 0));
  }

  @Test
  void institutionTypesAndCoursesAreLabelledInTheUsersLanguageAndUnregisteredHostsApart() {
    assertThat(StatisticsTables.labelKey("type", "TECHNICAL_COLLEGE"))
        .isEqualTo("institution-type.TECHNICAL_COLLEGE");
    assertThat(StatisticsTables.labelKey("type", "-")).isEqualTo("institution-type.UNREGISTERED");
    assertThat(StatisticsTables.labelKey("course", "MENTOR")).isEqualTo("course.MENTOR");
    assertThat(StatisticsTables.labelKey("host", "Kyoto")).isNull();
  }
}
