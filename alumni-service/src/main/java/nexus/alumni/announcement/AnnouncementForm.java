package nexus.alumni.announcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nexus.alumni.membership.domain.Segment;

/**
 * An announcement as staff write it, in both languages.
 *
 * @param titleJa Japanese title
 * @param titleEn English title
 * @param bodyJa Japanese text
 * @param bodyEn English text
 * @param segment who it is for
 */
public record AnnouncementForm(
    @NotBlank @Size(max = 200) String titleJa,
    @NotBlank @Size(max = 200) String titleEn,
    @NotBlank @Size(max = 5000) String bodyJa,
    @NotBlank @Size(max = 5000) String bodyEn,
    @Valid @NotNull Segment segment) {}
