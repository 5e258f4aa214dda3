package uk.pcnplanner.budget.forecast;

import uk.pcnplanner.budget.model.MonthlyCost;
import uk.pcnplanner.roles.service.AmountInForce;

/** One post in one month it is in post: the contract's {@code Monthly} row, with the amount used. */
public record ForecastRow(BudgetPost post, MonthlyCost cost, AmountInForce amount) {

    public boolean claimKnown() {
        return cost.claimKnown();
    }
}
