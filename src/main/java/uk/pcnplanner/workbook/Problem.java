package uk.pcnplanner.workbook;

import java.util.Comparator;
import org.apache.poi.ss.util.CellReference;

/**
 * One error found in a workbook, printed as the contract says: {@code Staff!D7: message} for a
 * cell, {@code Staff: message} for a sheet, {@code File: message} for the file as a whole.
 *
 * @param row the 1-based spreadsheet row, or 0 when the error has no single cell
 * @param column the 0-based column, or -1 when the error has no single cell
 */
public record Problem(String sheet, int row, int column, String message) implements Comparable<Problem> {

    public static final String FILE = "File";

    // Sheets in the contract's order, then the cell in reading order, so the report reads like the file.
    private static final Comparator<Problem> ORDER = Comparator.comparingInt((Problem p) -> Sheets.rank(p.sheet))
            .thenComparing(p -> p.sheet)
            .thenComparingInt(Problem::row)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.message);

    public static Problem file(String message) {
        return new Problem(FILE, 0, -1, message);
    }

    public static Problem sheet(String sheet, String message) {
        return new Problem(sheet, 0, -1, message);
    }

    public static Problem cell(String sheet, int row, int column, String message) {
        return new Problem(sheet, row, column, message);
    }

    /** The cell reference, such as {@code D7}, or null when the error concerns a whole sheet or the file. */
    public String cellName() {
        return row == 0 ? null : CellReference.convertNumToColString(column) + row;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        String cell = cellName();
        return (cell == null ? sheet : sheet + "!" + cell) + ": " + message;
    }
}
