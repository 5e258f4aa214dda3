package uk.pcnplanner.budget.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The part of a month a post is filled: {@code f} = days in post that month ÷ days in the
 * month, kept as the two day counts so no rounding happens before the money is computed.
 */
public record PostMonth(YearMonth month, int daysInPost) {

    /** The days of {@code month} between start and end inclusive (either may be open). */
    public static PostMonth of(YearMonth month, LocalDate start, LocalDate end) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate from = start == null || start.isBefore(first) ? first : start;
        LocalDate to = end == null || end.isAfter(last) ? last : end;
        int days = to.isBefore(from) ? 0 : (int) (to.toEpochDay() - from.toEpochDay() + 1);
        return new PostMonth(month, days);
    }

    public int daysInMonth() {
        return month.lengthOfMonth();
    }

    public boolean inPost() {
        return daysInPost > 0;
    }

    /** An annual amount's share for this month, annual ÷ 12 × f, rounded half up to the penny from its exact value. */
    BigDecimal shareOfYear(BigDecimal annual) {
        return Money.pennies(annual.multiply(BigDecimal.valueOf(daysInPost)), 12L * daysInMonth());
    }

    /**
     * Employer NI on a month's (rounded) salary: max(0, salary − threshold ÷ 12 × f) × rate, rounded
     * once. Written over the common denominator 12 × days in the month, so a figure that is exactly
     * on a half penny (such as 721.025) rounds up instead of falling a hair short of it.
     */
    BigDecimal niAbove(BigDecimal salary, BigDecimal annualThreshold, BigDecimal rate) {
        long denominator = 12L * daysInMonth();
        BigDecimal above = salary.multiply(BigDecimal.valueOf(denominator))
                .subtract(annualThreshold.multiply(BigDecimal.valueOf(daysInPost)))
                .max(BigDecimal.ZERO);
        return Money.pennies(above.multiply(rate), denominator);
    }
}
