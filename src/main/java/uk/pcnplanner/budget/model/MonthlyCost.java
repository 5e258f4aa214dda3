package uk.pcnplanner.budget.model;

import java.math.BigDecimal;

/**
 * One post's figures for one month, each rounded to the penny per the budget rules.
 * {@code maxClaimable} and {@code claimable} are null when the role has no maximum amount set.
 */
public record MonthlyCost(
        PostMonth month,
        BigDecimal salary,
        BigDecimal employerNi,
        BigDecimal employerPension,
        BigDecimal cost,
        BigDecimal maxClaimable,
        BigDecimal claimable) {

    public boolean claimKnown() {
        return claimable != null;
    }
}
