package nexus.events;

import java.time.Instant;

/**
 * An advance (estimated lump-sum) payment was disbursed.
 *
 * @param planId plan id
 * @param paymentId payment id
 * @param institutionId payee institution id
 * @param amountJpy paid amount in yen
 * @param disbursedAt disbursement instant
 */
@EventType(name = "payment.disbursed", version = 1)
public record PaymentDisbursed(
    String planId, String paymentId, String institutionId, long amountJpy, Instant disbursedAt)
    implements PlanEvent {}
