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

    /** An annual amount's share for this month: annual ÷ 12 × f, unrounded. */
    BigDecimal shareOfYear(BigDecimal annual) {
        return annual.multiply(BigDecimal.valueOf(daysInPost))
                .divide(BigDecimal.valueOf(12L * daysInMonth()), Money.EXACT);
    }
}
