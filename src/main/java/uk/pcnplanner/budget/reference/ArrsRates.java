package uk.pcnplanner.budget.reference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.base.reference.ReferenceCsv;

/** The ARRS rate per PCN contractor weighted head by financial year ({@code arrs-rates.csv}). */
public final class ArrsRates {

    private final YearTable table = new YearTable();

    private ArrsRates(List<Map<String, String>> rows) {
        rows.forEach(r -> table.put(Figure.of(
                new BigDecimal(r.get("gbp_per_weighted_head")), r.get("financial_year"), r.get("source"))));
    }

    public static ArrsRates shipped() {
        return new ArrsRates(ReferenceCsv.read("arrs-rates.csv"));
    }

    /** The year's published rate, or the latest one carried forward. */
    public Figure forYear(String year) {
        return table.forYear(year).orElseThrow(() -> new IllegalStateException("No ARRS rate in the reference data"));
    }
}
