package nexus.intake.plan.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An online exchange session (オンライン交流), besides the visits.
 *
 * @param date the day
 * @param topic what it is about
 * @param hours how long, in hours
 */
public record OnlineSession(
    LocalDate date,
    @Size(max = 500, message = "{input.text.size}") String topic,
    @PositiveOrZero(message = "{input.amount.negative}")
        @Max(value = 24, message = "{input.hours.max}")
        Integer hours) {}
