package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.pcnplanner.workbook.Problem;
import uk.pcnplanner.workbook.WorkbookReport;

/**
 * Everything a reading found, kept so every error is reported at once, and where each sheet's columns
 * are, so later checks can name the exact cell.
 */
public final class Problems {

    private final List<Problem> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> columns = new HashMap<>();
    private final Set<String> unread = new HashSet<>();

    public void file(String message) {
        errors.add(Problem.file(message));
    }

    public void sheet(String sheet, String message) {
        errors.add(Problem.sheet(sheet, message));
    }

    /** An error at a column of a row; a column the sheet does not have points at the row's first cell. */
    public void at(String sheet, int row, String column, String message) {
        int index = columns.getOrDefault(sheet, Map.of()).getOrDefault(column, 0);
        errors.add(Problem.cell(sheet, row, index, message));
    }

    /** Whether a cell already has an error, so a later check need not add a second one there. */
    public boolean hasErrorAt(String sheet, int row, String column) {
        Integer index = columns.getOrDefault(sheet, Map.of()).get(column);
        return index != null && errors.stream().anyMatch(e -> e.sheet().equals(sheet) && e.row() == row
                && e.column() == index);
    }

    public boolean hasColumn(String sheet, String column) {
        return columns.getOrDefault(sheet, Map.of()).containsKey(column);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    void layout(String sheet, Map<String, Integer> columnIndexes) {
        columns.put(sheet, columnIndexes);
    }

    void counted(String sheet, int rows) {
        counts.put(sheet, rows);
    }

    /** A sheet that is missing or could not be read, so checks against it would only repeat the error. */
    void unread(String sheet) {
        unread.add(sheet);
    }

    public boolean wasRead(String sheet) {
        return !unread.contains(sheet);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public WorkbookReport report() {
        return new WorkbookReport(counts, warnings, errors);
    }
}
