package nexus.reporting.statistics.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nexus.reporting.obligation.domain.ConfirmedParticipant;
import nexus.reporting.obligation.domain.Visit;

/**
 * What one plan's confirmed participants add to each statistic: people and person-days by
 * direction, country, field, course and host institution type. A person counts once per value of a
 * dimension (once under INVITATION even with two invitation visits); person-days sum the visits.
 */
public final class Contribution {

  /** The dimensions the statistics break people down by. */
  public static final List<String> DIMENSIONS =
      List.of("direction", "country", "field", "course", "institutionType");

  private Contribution() {}

  /** People and person-days of one cell. */
  public record Cell(long people, long personDays) {
    Cell plus(Cell other) {
      return new Cell(people + other.people, personDays + other.personDays);
    }

    public Cell minus(Cell other) {
      return new Cell(people - other.people, personDays - other.personDays);
    }
  }

  /**
   * The plan's cells, keyed {@code dimension|value}.
   *
   * @param participants the confirmed list
   * @param field the plan's field
   * @param course the plan's course
   * @param institutionType the host's institution type (null: unknown)
   */
  public static Map<String, Cell> of(
      List<ConfirmedParticipant> participants,
      String field,
      String course,
      String institutionType) {
    Map<String, Cell> cells = new TreeMap<>();
    for (ConfirmedParticipant p : participants) {
      long days = p.stayDays();
      Set<String> directions = new HashSet<>();
      for (Visit v : p.visits()) {
        if (v.direction() != null) {
          directions.add(v.direction());
          add(cells, "direction|" + v.direction(), new Cell(0, v.days()));
        }
      }
      directions.forEach(d -> add(cells, "direction|" + d, new Cell(1, 0)));
      add(cells, "country|" + orUnknown(p.country()), new Cell(1, days));
      add(cells, "field|" + orUnknown(field), new Cell(1, days));
      add(cells, "course|" + orUnknown(course), new Cell(1, days));
      add(cells, "institutionType|" + orUnknown(institutionType), new Cell(1, days));
    }
    return cells;
  }

  private static void add(Map<String, Cell> cells, String key, Cell cell) {
    cells.merge(key, cell, Cell::plus);
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? "UNKNOWN" : value;
  }
}
