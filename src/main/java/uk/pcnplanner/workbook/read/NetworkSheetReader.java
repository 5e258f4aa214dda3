package uk.pcnplanner.workbook.read;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.time.TimeRange;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook.NetworkSettings;

/** The Network sheet: one setting per row, {@code Key} then {@code Value}. */
final class NetworkSheetReader {

    private static final String KEY = "Key";
    private static final String VALUE = "Value";
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final TimeRange AM = new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 30));
    private static final TimeRange PM = new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 30));

    private final Map<String, RowCells> rows = new HashMap<>();

    private NetworkSheetReader() {}

    static NetworkSettings read(SheetTable table) {
        NetworkSheetReader reader = new NetworkSheetReader();
        reader.index(table);
        return reader.settings(table.problems());
    }

    private void index(SheetTable table) {
        Map<String, Integer> firstRows = new HashMap<>();
        for (RowCells row : table.rows()) {
            String typed = row.require(KEY, Fields.TEXT);
            if (typed == null) {
                continue;
            }
            Optional<String> key = Sheets.networkKeys().stream()
                    .filter(k -> SheetTable.normal(k).equals(SheetTable.normal(typed)))
                    .findFirst();
            if (key.isEmpty()) {
                table.problems().warn(Messages.ignoredKey(typed));
            } else if (firstRows.containsKey(key.get())) {
                row.error(KEY, Messages.duplicate("key", key.get(), firstRows.get(key.get())));
            } else {
                firstRows.put(key.get(), row.number());
                rows.put(key.get(), row);
            }
        }
    }

    private NetworkSettings settings(Problems problems) {
        for (String key : Sheets.requiredNetworkKeys()) {
            if (!rows.containsKey(key)) {
                problems.sheet(Sheets.NETWORK, Messages.missingKey(key));
            }
        }
        LocalDate rotaStart = rotaStart();
        return new NetworkSettings(
                required("Name", Fields.TEXT),
                value("ODS code", Fields.TEXT, null),
                required("Weighted population", Fields.AMOUNT),
                financialYear(rotaStart),
                rotaStart,
                value("Rota weeks", Fields.wholeNumber(1, 52), 4),
                value("AM session", Fields.TIME_RANGE, AM),
                value("PM session", Fields.TIME_RANGE, PM),
                value("Pay area", Fields.choice(PayArea.class), PayArea.NATIONAL),
                value("Employer pension rate", Fields.SHARE, Network.DEFAULT_PENSION_RATE),
                value("Clinic share", Fields.SHARE, Network.DEFAULT_CLINIC_SHARE));
    }

    private LocalDate rotaStart() {
        LocalDate start = required("Rota start", Fields.DATE);
        if (start != null && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            rows.get("Rota start").error(VALUE, Messages.notMonday("Rota start", start));
        }
        return start;
    }

    private String financialYear(LocalDate rotaStart) {
        String year = value("Financial year", Fields.TEXT, null);
        if (year == null) {
            return rotaStart == null ? null : Network.financialYearOf(rotaStart);
        }
        var m = FINANCIAL_YEAR.matcher(year);
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            rows.get("Financial year").error(VALUE, Messages.financialYear(year));
        }
        return year;
    }

    private <T> T required(String key, CellParser<T> parser) {
        RowCells row = rows.get(key);
        if (row != null && row.isBlank(VALUE)) {
            row.error(VALUE, Messages.required(key));
            return null;
        }
        return value(key, parser, null);
    }

    private <T> T value(String key, CellParser<T> parser, T fallback) {
        RowCells row = rows.get(key);
        T value = row == null ? null : row.get(VALUE, key, parser);
        return value == null ? fallback : value;
    }
}
