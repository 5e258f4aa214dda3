package uk.pcnplanner.budget.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pounds to the penny, rounded half up, as every budget figure is. */
final class Money {

    private Money() {}

    static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator rounded half up to the penny, from the exact quotient. */
    static BigDecimal pennies(BigDecimal numerator, long denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
