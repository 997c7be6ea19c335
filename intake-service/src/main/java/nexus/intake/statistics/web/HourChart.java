package nexus.intake.statistics.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nexus.intake.statistics.CallStatistics.Hour;

/**
 * Submissions per hour as an inline SVG bar chart: the geometry is computed here so the template
 * only draws it. Each bar carries its own text for screen readers and tooltips.
 *
 * @param width drawing width
 * @param height drawing height (bars; the day labels go below)
 * @param peak the largest hourly count
 * @param total submissions in the window
 * @param bars one per hour
 * @param days one label per day, at its midnight
 */
record HourChart(int width, int height, long peak, long total, List<Bar> bars, List<Tick> days) {

  static final int WIDTH = 720;
  static final int HEIGHT = 160;
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:00");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** One hour's bar: where it is drawn, and what it says. */
  record Bar(double x, double y, double width, double height, String hour, long count) {}

  /** A day's label on the time axis. */
  record Tick(double x, String label) {}

  static HourChart of(List<Hour> hours) {
    long peak = hours.stream().mapToLong(Hour::count).max().orElse(0);
    long total = hours.stream().mapToLong(Hour::count).sum();
    double slot = hours.isEmpty() ? WIDTH : (double) WIDTH / hours.size();
    List<Bar> bars = new ArrayList<>();
    List<Tick> days = new ArrayList<>();
    for (int i = 0; i < hours.size(); i++) {
      Hour h = hours.get(i);
      double height = peak == 0 ? 0 : (double) HEIGHT * h.count() / peak;
      double x = round(i * slot);
      bars.add(
          new Bar(
              x,
              round(HEIGHT - height),
              round(Math.max(slot - 1, 1)),
              round(height),
              HOUR.format(h.start()),
              h.count()));
      if (h.start().getHour() == 0) {
        days.add(new Tick(x, DAY.format(h.start())));
      }
    }
    return new HourChart(WIDTH, HEIGHT, peak, total, bars, days);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
