package uk.pcnplanner.budget.reference;

import java.math.BigDecimal;

/**
 * A reference figure with where it came from. When its own year has no published figure the
 * latest known year's is used, and {@code fromYear} names that year so the page can say so.
 */
public record Figure(BigDecimal value, String year, String fromYear, String source) {

    public static Figure of(BigDecimal value, String year, String source) {
        return new Figure(value, year, year, source);
    }

    public boolean carriedForward() {
        return !year.equals(fromYear);
    }

    /**
     * "2025/26", or "carried forward from 2025/26" for a year with no figure of its own (or, for
     * a year before every figure, "2025/26's, the earliest known").
     */
    public String basis() {
        if (!carriedForward()) {
            return fromYear;
        }
        return fromYear.compareTo(year) < 0 ? "carried forward from " + fromYear : fromYear + "'s, the earliest known";
    }
}
