package nexus.intake.plan.domain;

import jakarta.validation.constraints.Size;

/**
 * A counterpart institution on the ASEAN side.
 *
 * @param institution name
 * @param country ISO 3166 alpha-2 code
 */
public record Counterpart(
    @Size(max = 200, message = "{input.text.size}") String institution,
    @Size(max = 60, message = "{input.text.size}") String country) {}
