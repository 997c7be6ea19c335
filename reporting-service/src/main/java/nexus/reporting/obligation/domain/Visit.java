package nexus.reporting.obligation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An actual stay, both days included.
 *
 * @param start first day
 * @param end last day
 * @param direction {@code INVITATION} (to Japan) or {@code DISPATCH} (from Japan)
 * @param place where
 */
public record Visit(LocalDate start, LocalDate end, String direction, String place) {

  /** Days of the stay, both ends counted; 0 for an incomplete or reversed stay. */
  public long days() {
    if (start == null || end == null || end.isBefore(start)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}
