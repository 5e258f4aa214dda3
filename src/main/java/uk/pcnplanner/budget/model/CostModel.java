package uk.pcnplanner.budget.model;

import java.math.BigDecimal;

/**
 * The contract's budget rules for one post in one month. Salary is rounded first; NI and
 * pension are computed from the rounded salary and rounded each; cost is the sum of the three;
 * the claim is the lower of cost and the rounded maximum. Each amount is rounded once, from its
 * exact value: a share of a year is divided by 12 × days in the month only at the end.
 */
public final class CostModel {

    private CostModel() {}

    /**
     * @param maxAmountPerWte the role's maximum per WTE per year in force that month, or null if unknown
     */
    public static MonthlyCost month(
            PostMonth month, BigDecimal annualSalary, BigDecimal wte, OnCostRates rates, BigDecimal maxAmountPerWte) {
        BigDecimal salary = month.shareOfYear(annualSalary.multiply(wte));
        BigDecimal ni = month.niAbove(salary, rates.niSecondaryThreshold(), rates.niRate());
        BigDecimal pension = Money.pennies(salary.multiply(rates.pensionRate()));
        BigDecimal cost = salary.add(ni).add(pension);
        if (maxAmountPerWte == null) {
            return new MonthlyCost(month, salary, ni, pension, cost, null, null);
        }
        BigDecimal max = month.shareOfYear(maxAmountPerWte.multiply(wte));
        return new MonthlyCost(month, salary, ni, pension, cost, max, cost.min(max));
    }
}
