package nexus.events;

import java.time.Instant;

/**
 * An institution signed its implementation agreement.
 *
 * @param planId plan id
 * @param agreementId agreement id
 * @param institutionId signing institution id
 * @param role HOST or PARTNER
 * @param amountJpy agreed amount in yen
 * @param signedAt signing instant
 */
@EventType(name = "agreement.signed", version = 1)
public record AgreementSigned(
    String planId,
    String agreementId,
    String institutionId,
    String role,
    long amountJpy,
    Instant signedAt)
    implements PlanEvent {}
