package nexus.intake.plan.domain;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One stay of a participant, first and last day included.
 *
 * @param start first day
 * @param end last day
 * @param direction invitation or dispatch
 * @param place where
 */
public record Visit(
    LocalDate start,
    LocalDate end,
    Direction direction,
    @Size(max = 200, message = "{input.text.size}") String place) {

  /** Days of the stay, both ends counted: 1 Jan to 19 Feb is 50 days. */
  public long days() {
    if (start == null || end == null || end.isBefore(start)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}
