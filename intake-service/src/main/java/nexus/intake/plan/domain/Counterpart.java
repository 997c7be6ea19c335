package nexus.intake.plan.domain;

/**
 * A counterpart institution on the ASEAN side.
 *
 * @param institution name
 * @param country ISO 3166 alpha-2 code
 */
public record Counterpart(String institution, String country) {}
