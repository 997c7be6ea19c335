package nexus.intake.plan.domain;

/**
 * A Japanese partner institution (連携機関).
 *
 * @param name name
 * @param funded whether it receives JST funds and signs its own agreement
 */
public record PartnerInstitution(String name, boolean funded) {}
