package nexus.intake.plan.domain;

import jakarta.validation.constraints.Size;

/**
 * A Japanese partner institution (連携機関).
 *
 * @param name name
 * @param funded whether it receives JST funds and signs its own agreement
 */
public record PartnerInstitution(
    @Size(max = 200, message = "{input.text.size}") String name, boolean funded) {}
