package uk.pcnplanner.budget.model;

import java.math.BigDecimal;

/** Employer National Insurance for a financial year, and the network's employer pension rate. */
public record OnCostRates(BigDecimal niRate, BigDecimal niSecondaryThreshold, BigDecimal pensionRate) {}
