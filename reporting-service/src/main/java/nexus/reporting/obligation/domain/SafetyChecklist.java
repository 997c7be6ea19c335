package nexus.reporting.obligation.domain;

/**
 * What the host confirms for a travelling participant (DOMAIN "Safety, privacy, ethics").
 *
 * @param insuranceWithEvacuation overseas travel insurance that covers emergency evacuation
 * @param emergencyContact who to call in an emergency
 * @param mofaRegistered registered with MOFA's たびレジ (needed for dispatch)
 */
public record SafetyChecklist(
    boolean insuranceWithEvacuation, String emergencyContact, boolean mofaRegistered) {}
