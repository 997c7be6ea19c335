package nexus.review.statistics.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applications and awards of a call by counterpart country, field, course, host institution type
 * and host institution, as in the agency's published statistics. A plan with several counterpart
 * countries counts once for each (so the country table may add up to more than the applications). A
 * plan whose host institution is not registered (no type in {@code PlanSubmitted}) counts under
 * "-".
 */
public final class StatisticsTables {

  /** One application: its dimensions and whether it was awarded. */
  public record Application(
      List<String> countries,
      String field,
      String course,
      String institutionType,
      String host,
      boolean awarded) {}

  /** One line of a table. */
  public record Line(String label, int applications, int awards) {}

  /** A table by one dimension, with its total. */
  public record Table(String dimension, List<Line> lines, int applications, int awards) {}

  public static final List<String> DIMENSIONS =
      List.of("country", "field", "course", "type", "host");

  /**
   * The message key of a line's label where the label is a code that reads differently in each
   * language (course, institution type), or null where the label is shown as it is.
   */
  public static String labelKey(String dimension, String label) {
    return switch (dimension) {
      case "course" -> "-".equals(label) ? null : "course." + label;
      case "type" -> "institution-type." + ("-".equals(label) ? "UNREGISTERED" : label);
      default -> null;
    };
  }

  private StatisticsTables() {}

  public static List<Table> of(List<Application> applications) {
    int total = applications.size();
    int awarded = (int) applications.stream().filter(Application::awarded).count();
    return List.of(
        table("country", applications, Application::countries, total, awarded),
        table("field", applications, a -> Collections.singletonList(a.field()), total, awarded),
        table("course", applications, a -> Collections.singletonList(a.course()), total, awarded),
        table(
            "type",
            applications,
            a -> Collections.singletonList(a.institutionType()),
            total,
            awarded),
        table("host", applications, a -> Collections.singletonList(a.host()), total, awarded));
  }

  private static Table table(
      String dimension,
      List<Application> applications,
      Function<Application, List<String>> keys,
      int total,
      int awarded) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Application a : applications) {
      for (String key : keys.apply(a)) {
        int[] c = counts.computeIfAbsent(key == null || key.isBlank() ? "-" : key, k -> new int[2]);
        c[0]++;
        if (a.awarded()) {
          c[1]++;
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    counts.forEach((k, c) -> lines.add(new Line(k, c[0], c[1])));
    return new Table(dimension, lines, total, awarded);
  }
}
