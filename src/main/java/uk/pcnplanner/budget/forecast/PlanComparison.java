package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;

/**
 * One plan's figures beside the others: the current plan (no scenario id) or a scenario.
 * {@code claimableChange} is the difference from the current plan's forecast claimable.
 */
public record PlanComparison(
        Long scenarioId,
        String name,
        BigDecimal allocation,
        BigDecimal claimable,
        BigDecimal headroom,
        BigDecimal cost,
        BigDecimal costBeyondClaim,
        BigDecimal claimableChange,
        boolean incomplete) {

    public static PlanComparison of(Long scenarioId, String name, Forecast forecast, Forecast current) {
        return new PlanComparison(scenarioId, name, forecast.allocation(), forecast.claimable(), forecast.headroom(),
                forecast.cost(), forecast.costBeyondClaim(), forecast.claimable().subtract(current.claimable()),
                forecast.incomplete());
    }
}
