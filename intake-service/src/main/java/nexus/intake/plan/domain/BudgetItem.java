package nexus.intake.plan.domain;

/**
 * One line of the budget.
 *
 * @param category I–IV
 * @param description what it is for
 * @param amountJpy yen
 */
public record BudgetItem(BudgetCategory category, String description, long amountJpy) {}
