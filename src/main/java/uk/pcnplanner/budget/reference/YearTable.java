package uk.pcnplanner.budget.reference;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Figures by financial year with the rule every budget table shares: a year's own figure, or
 * else the latest earlier year's, carried forward. Years written {@code 2025/26} sort as text.
 */
final class YearTable {

    private final TreeMap<String, Figure> byYear = new TreeMap<>();

    void put(Figure figure) {
        byYear.put(figure.year(), figure);
    }

    /** The year's own figure, else the latest earlier one, else (for a year before them all) the earliest. */
    Optional<Figure> forYear(String year) {
        Figure own = byYear.get(year);
        if (own != null) {
            return Optional.of(own);
        }
        Map.Entry<String, Figure> latest = byYear.floorEntry(year);
        if (latest == null) {
            latest = byYear.firstEntry();
        }
        return Optional.ofNullable(latest)
                .map(e -> new Figure(e.getValue().value(), year, e.getKey(), e.getValue().source()));
    }
}
