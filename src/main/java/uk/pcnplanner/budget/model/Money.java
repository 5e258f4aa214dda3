package uk.pcnplanner.budget.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Pounds to the penny, rounded half up, as every budget figure is. */
final class Money {

    static final MathContext EXACT = MathContext.DECIMAL128;

    private Money() {}

    static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
