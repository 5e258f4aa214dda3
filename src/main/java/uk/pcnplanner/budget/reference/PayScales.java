package uk.pcnplanner.budget.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import uk.pcnplanner.base.reference.ReferenceCsv;

/** Agenda for Change annual salaries by band, pay point and year ({@code afc-pay.csv}). */
public final class PayScales {

    /** A band's entry point: what a post costs when only its band is known. */
    public static final int ENTRY_POINT = 1;

    private final List<Map<String, String>> rows;
    private final Map<String, YearTable> byBandAndPoint = new HashMap<>();
    private final Map<String, SortedSet<Integer>> pointsByBand = new HashMap<>();

    private PayScales(List<Map<String, String>> rows) {
        this.rows = List.copyOf(rows);
        for (Map<String, String> r : rows) {
            pointsByBand.computeIfAbsent(normal(r.get("band")), k -> new TreeSet<>())
                    .add(Integer.parseInt(r.get("pay_point")));
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

    /**
     * The scale with a salary entered for a year's pay point, which replaces the reference
     * figure for that year (and is carried forward to later years without one of their own).
     */
    public PayScales with(String band, int payPoint, String year, BigDecimal salary, String source) {
        List<Map<String, String>> more = new ArrayList<>(rows);
        more.add(Map.of("band", band, "pay_point", String.valueOf(payPoint), "annual_salary_gbp", salary.toPlainString(),
                "year", year, "source_url", source));
        return new PayScales(more);
    }

    /** The band's pay points on the scale, lowest first; empty for a band not on it. */
    public SortedSet<Integer> points(String band) {
        return band == null ? new TreeSet<>() : new TreeSet<>(pointsByBand.getOrDefault(normal(band), new TreeSet<>()));
    }

    /** The salary for the year, or the latest year's carried forward; empty for a band not on the scale. */
    public Optional<Figure> salary(String band, int payPoint, String year) {
        YearTable table = byBandAndPoint.get(key(band, payPoint));
        return table == null ? Optional.empty() : table.forYear(year);
    }

    private static String key(String band, int point) {
        return normal(band) + "/" + point;
    }

    private static String normal(String band) {
        return band.trim().toLowerCase(Locale.ROOT);
    }
}
