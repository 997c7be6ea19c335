package nexus.reporting.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The host's activity report: free text in Japanese and English, the institution type (as the
 * catalogue filters by it) and everyone named or pictured with their answer.
 */
public record ActivityReportForm(
    @NotBlank @Size(max = 200) String titleJa,
    @NotBlank @Size(max = 200) String titleEn,
    @NotBlank @Size(max = 20000) String bodyJa,
    @NotBlank @Size(max = 20000) String bodyEn,
    @Pattern(
            regexp =
                "UNIVERSITY|TECHNICAL_COLLEGE|HIGH_SCHOOL|NATIONAL_RESEARCH_INSTITUTE"
                    + "|INDEPENDENT_ADMINISTRATIVE_AGENCY|COMPANY|LOCAL_GOVERNMENT"
                    + "|INCORPORATED_ASSOCIATION_OR_FOUNDATION")
        String institutionType,
    @NotNull @Size(max = 200) List<@Valid @NotNull Person> people) {

  /** A person named or pictured, and whether they consented to publication. */
  public record Person(@NotBlank @Size(max = 200) String name, @NotNull Boolean consented) {}
}
