package uk.pcnplanner.budget.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.base.reference.ReferenceCsv;

/** Employer National Insurance rate and secondary threshold by year ({@code employer-oncosts.csv}). */
public final class OnCosts {

    /** The year's NI rate and secondary threshold (£ a year), both from the same row. */
    public record Ni(Figure rate, Figure threshold) {

        /** A year's rate and threshold as the clinical director entered them, from one source. */
        public static Ni entered(String year, BigDecimal rate, BigDecimal threshold, String source) {
            return new Ni(Figure.of(rate, year, source), Figure.of(threshold, year, source));
        }
    }

    private final YearTable rates = new YearTable();
    private final YearTable thresholds = new YearTable();

    private OnCosts(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            String year = r.get("financial_year");
            rates.put(Figure.of(new BigDecimal(r.get("employer_ni_rate")), year, r.get("source")));
            thresholds.put(Figure.of(new BigDecimal(r.get("ni_secondary_threshold_gbp_per_year")), year, r.get("source")));
        }
    }

    public static OnCosts shipped() {
        return new OnCosts(ReferenceCsv.read("employer-oncosts.csv"));
    }

    public Ni forYear(String year) {
        return new Ni(rates.forYear(year).orElseThrow(), thresholds.forYear(year).orElseThrow());
    }
}
