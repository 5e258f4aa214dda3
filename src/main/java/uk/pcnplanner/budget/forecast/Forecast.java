package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.util.List;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.budget.reference.OnCosts;

/**
 * The year's budget for a set of posts. Totals add the rounded rows; claims of posts whose role
 * has no maximum amount are left out, and {@link #incomplete()} says so.
 */
public record Forecast(
        FinancialYear year,
        BigDecimal weightedPopulation,
        Figure rate,
        OnCosts.Ni ni,
        BigDecimal pensionRate,
        BigDecimal allocation,
        List<ForecastRow> rows,
        List<MonthTotal> months,
        List<RoleTotal> roles,
        List<PostTotal> posts,
        List<BudgetWarning> warnings) {

    public BigDecimal cost() {
        return rows.stream().map(r -> r.cost().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal claimable() {
        return rows.stream().filter(ForecastRow::claimKnown).map(r -> r.cost().claimable())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal headroom() {
        return allocation.subtract(claimable());
    }

    /** What the practices pay beyond what ARRS reimburses. */
    public BigDecimal costBeyondClaim() {
        return cost().subtract(claimable());
    }

    /** Yes when any post's role has no maximum amount set (the contract's {@code Incomplete}). */
    public boolean incomplete() {
        return rows.stream().anyMatch(r -> !r.claimKnown());
    }

    Forecast withWarnings(List<BudgetWarning> found) {
        return new Forecast(
                year, weightedPopulation, rate, ni, pensionRate, allocation, rows, months, roles, posts, List.copyOf(found));
    }

    public List<BudgetWarning> warnings(BudgetWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
