package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.roles.domain.AmountStatus;

/**
 * A post over the year: its salary and where it came from, cost and claims. {@code claimable}
 * is null when its role has no maximum amount.
 */
public record PostTotal(
        BudgetPost post, Figure salary, BigDecimal cost, BigDecimal claimable, AmountStatus status, boolean nationalFallback) {

    public boolean claimKnown() {
        return claimable != null;
    }
}
