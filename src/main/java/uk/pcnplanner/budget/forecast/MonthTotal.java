package uk.pcnplanner.budget.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's cost and claims over all posts, and the claims so far in the year. */
public record MonthTotal(YearMonth month, BigDecimal cost, BigDecimal claimable, BigDecimal cumulativeClaimable) {}
