package uk.pcnplanner.budget.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** A financial year written {@code 2026/27}: 1 April 2026 to 31 March 2027. */
public record FinancialYear(String label) {

    public FinancialYear {
        if (label == null || !label.matches("\\d{4}/\\d{2}")) {
            throw new IllegalArgumentException("A financial year is written like 2026/27, got " + label);
        }
    }

    public LocalDate start() {
        return LocalDate.of(Integer.parseInt(label.substring(0, 4)), 4, 1);
    }

    public List<YearMonth> months() {
        YearMonth april = YearMonth.from(start());
        return IntStream.range(0, 12).mapToObj(april::plusMonths).toList();
    }
}
