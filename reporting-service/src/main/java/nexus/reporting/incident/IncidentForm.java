package nexus.reporting.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the host reports about an accident or trouble.
 *
 * @param severity MINOR, SERIOUS or CRITICAL
 * @param occurredAt when it happened
 * @param place where
 * @param what what happened
 * @param harmed who was harmed, and how
 * @param actions what was done
 */
public record IncidentForm(
    @NotNull @Pattern(regexp = "MINOR|SERIOUS|CRITICAL") String severity,
    @NotNull @PastOrPresent Instant occurredAt,
    @NotBlank @Size(max = 500) String place,
    @NotBlank @Size(max = 4000) String what,
    @NotBlank @Size(max = 2000) String harmed,
    @NotBlank @Size(max = 4000) String actions) {}
