package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.reference.PayScales;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.RoleAmount;

/**
 * Everything a forecast is computed from, gathered in one place so the computation needs no
 * database and a test can state every figure.
 *
 * @param listSize the network's registered patients, for caps that depend on it
 * @param amounts each role code's dated maximum amounts, every pay area
 */
public record BudgetInputs(
        FinancialYear year,
        BigDecimal weightedPopulation,
        long listSize,
        Figure rate,
        OnCosts.Ni ni,
        BigDecimal pensionRate,
        PayArea payArea,
        PayScales pay,
        List<BudgetPost> posts,
        Map<String, List<RoleAmount>> amounts) {}
