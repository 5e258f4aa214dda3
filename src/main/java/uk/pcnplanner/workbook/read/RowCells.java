package uk.pcnplanner.workbook.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import uk.pcnplanner.workbook.Messages;

/** The cells of one data row, read by column name; each problem is recorded at its cell. */
final class RowCells {

    private final SheetTable table;
    private final Row row;

    RowCells(SheetTable table, Row row) {
        this.table = table;
        this.row = row;
    }

    /** The 1-based row number a spreadsheet shows. */
    int number() {
        return row.getRowNum() + 1;
    }

    /** The value, or null when the cell is empty, the column absent, or the value wrong (then reported). */
    <T> T get(String column, CellParser<T> parser) {
        return get(column, column, parser);
    }

    /** As {@link #get}, naming the value {@code label} in messages (the Network sheet's keys). */
    <T> T get(String column, String label, CellParser<T> parser) {
        Cell cell = table.cell(row, column);
        if (CellValues.isBlank(cell)) {
            return null;
        }
        try {
            return parser.parse(cell, label);
        } catch (CellProblem e) {
            error(column, e.getMessage());
            return null;
        }
    }

    boolean isBlank(String column) {
        return CellValues.isBlank(table.cell(row, column));
    }

    /** As {@link #get}, reporting an empty cell as missing. */
    <T> T require(String column, CellParser<T> parser) {
        if (CellValues.isBlank(table.cell(row, column))) {
            error(column, Messages.required(column));
            return null;
        }
        return get(column, parser);
    }

    <T> T orDefault(String column, CellParser<T> parser, T fallback) {
        Cell cell = table.cell(row, column);
        if (CellValues.isBlank(cell)) {
            return fallback;
        }
        T value = get(column, parser);
        return value == null ? fallback : value;
    }

    void error(String column, String message) {
        table.problems().at(table.name(), number(), column, message);
    }
}
