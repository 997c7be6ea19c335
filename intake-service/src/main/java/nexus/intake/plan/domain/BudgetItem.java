package nexus.intake.plan.domain;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One line of the budget.
 *
 * @param category I–IV
 * @param description what it is for
 * @param amountJpy yen
 */
public record BudgetItem(
    BudgetCategory category,
    @Size(max = 500, message = "{input.text.size}") String description,
    @PositiveOrZero(message = "{input.amount.negative}") long amountJpy) {}
