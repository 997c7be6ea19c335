package nexus.intake.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import nexus.intake.plan.domain.Course;

/**
 * A minimal plan submitted in one step (the walking skeleton of drafting and submission).
 *
 * @param course the course applied to
 * @param title plan title
 * @param counterpartCountries ISO codes of the ASEAN counterpart countries
 * @param requestedAmountJpy requested JST support in yen
 */
public record NewPlan(
    @NotNull(message = "{plan.course.required}") Course course,
    @NotBlank(message = "{plan.title.required}") @Size(max = 200, message = "{plan.title.size}")
        String title,
    @NotEmpty(message = "{plan.countries.required}") List<@NotBlank String> counterpartCountries,
    @NotNull(message = "{plan.amount.positive}")
        @PositiveOrZero(message = "{plan.amount.positive}")
        @Max(value = 7_700_000, message = "{plan.amount.max}")
        Long requestedAmountJpy) {}
