package nexus.intake.plan.rules;

import java.time.LocalDate;

/**
 * A plan the agency awarded, as intake knows it (its own plan, marked by review's {@code
 * plan.awarded}).
 *
 * @param planId plan id
 * @param piSubject its principal investigator
 * @param receiptNumber its receipt number (null for plans from before receipt numbers)
 * @param title its title
 * @param exchangeStart first day of its exchange (null when the plan gave none)
 * @param exchangeEnd last day of its exchange
 */
public record AwardedPlan(
    String planId,
    String piSubject,
    String receiptNumber,
    String title,
    LocalDate exchangeStart,
    LocalDate exchangeEnd) {}
