package uk.pcnplanner.budget.reference;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.pcnplanner.base.reference.ReferenceCsv;

/** Agenda for Change annual salaries by band, pay point and year ({@code afc-pay.csv}). */
public final class PayScales {

    /** A band's entry point: what a post costs when only its band is known. */
    public static final int ENTRY_POINT = 1;

    private final Map<String, YearTable> byBandAndPoint = new HashMap<>();

    private PayScales(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            // The partial 2024/25 rows leave some salaries blank: those are simply not known.
            if (!r.get("annual_salary_gbp").isEmpty()) {
                byBandAndPoint.computeIfAbsent(key(r.get("band"), Integer.parseInt(r.get("pay_point"))), k -> new YearTable())
                        .put(Figure.of(new BigDecimal(r.get("annual_salary_gbp")), r.get("year"), r.get("source_url")));
            }
        }
    }

    public static PayScales shipped() {
        return new PayScales(ReferenceCsv.read("afc-pay.csv"));
    }

    /** The salary for the year, or the latest year's carried forward; empty for a band not on the scale. */
    public Optional<Figure> salary(String band, int payPoint, String year) {
        YearTable table = byBandAndPoint.get(key(band, payPoint));
        return table == null ? Optional.empty() : table.forYear(year);
    }

    private static String key(String band, int point) {
        return band.trim().toLowerCase(Locale.ROOT) + "/" + point;
    }
}
