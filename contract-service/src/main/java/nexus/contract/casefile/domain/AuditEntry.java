package nexus.contract.casefile.domain;

import java.time.Instant;

/**
 * One line of the append-only audit trail: every amount change and every approval.
 *
 * @param at when
 * @param actorId who (token subject)
 * @param actorName who, readable
 * @param action what, as a message key suffix (e.g. {@code payment.approved})
 * @param subject what it concerns (agreement, payment, work plan version...)
 * @param before the value before, if any
 * @param after the value after
 */
public record AuditEntry(
    Instant at,
    String actorId,
    String actorName,
    String action,
    String subject,
    String before,
    String after) {}
