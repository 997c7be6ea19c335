package nexus.alumni.gathering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A new gathering as staff enter it.
 *
 * @param titleJa Japanese title
 * @param titleEn English title
 * @param place where
 * @param startsAt when, local time at the venue
 * @param capacity seats
 * @param language ja, en or both
 * @param zone the venue's time zone, e.g. {@code Asia/Bangkok} (null or blank: Asia/Tokyo)
 */
public record GatheringForm(
    @NotBlank @Size(max = 200) String titleJa,
    @NotBlank @Size(max = 200) String titleEn,
    @NotBlank @Size(max = 300) String place,
    @NotNull LocalDateTime startsAt,
    @Min(1) @Max(10000) int capacity,
    @NotNull @Pattern(regexp = "ja|en|both") String language,
    @Size(max = 64) String zone) {}
