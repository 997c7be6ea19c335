package nexus.events;

import java.time.Instant;

/**
 * The agency settled an institution's advance payment.
 *
 * @param planId plan id
 * @param institutionId institution id
 * @param disbursedAmountJpy advance paid in yen
 * @param spentAmountJpy accepted spending in yen
 * @param refundAmountJpy amount to be returned in yen
 * @param settledAt settlement instant
 */
@EventType(name = "settlement.completed", version = 1)
public record SettlementCompleted(
    String planId,
    String institutionId,
    long disbursedAmountJpy,
    long spentAmountJpy,
    long refundAmountJpy,
    Instant settledAt)
    implements PlanEvent {}
