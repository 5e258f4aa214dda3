package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;

/** One sheet of the workbook as the contract reads it: headers on row 1, columns in any order. */
final class SheetTable {

    private static final DataFormatter HEADER_TEXT = new DataFormatter();

    private final Sheet sheet;
    private final String name;
    private final Map<String, Integer> columns;
    private final Problems problems;

    private SheetTable(Sheet sheet, String name, Map<String, Integer> columns, Problems problems) {
        this.sheet = sheet;
        this.name = name;
        this.columns = columns;
        this.problems = problems;
    }

    /** The sheet, or empty (with the error reported) when it is missing, too long or lacks a required column. */
    static Optional<SheetTable> open(Workbook workbook, String name, Problems problems) {
        Sheet sheet = find(workbook, name);
        if (sheet == null) {
            if (Sheets.REQUIRED.contains(name)) {
                problems.file(Messages.missingSheet(name));
            }
            problems.unread(name);
            return Optional.empty();
        }
        if (sheet.getLastRowNum() > Messages.MAX_ROWS) {
            problems.sheet(name, Messages.tooManyRows(sheet.getLastRowNum()));
            problems.unread(name);
            return Optional.empty();
        }
        Map<String, Integer> columns = headers(sheet, name, problems);
        boolean complete = true;
        for (String required : Sheets.requiredHeaders(name)) {
            if (!columns.containsKey(required)) {
                problems.sheet(name, Messages.missingColumn(required));
                complete = false;
            }
        }
        problems.layout(name, columns);
        if (!complete) {
            problems.unread(name);
            return Optional.empty();
        }
        return Optional.of(new SheetTable(sheet, name, columns, problems));
    }

    static Sheet find(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (normal(sheet.getSheetName()).equals(normal(name))) {
                return sheet;
            }
        }
        return null;
    }

    /** Known headers under their contract spelling; unknown ones are warned about and left out. */
    private static Map<String, Integer> headers(Sheet sheet, String name, Problems problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header == null) {
            return columns;
        }
        for (Cell cell : header) {
            if (CellValues.isBlank(cell)) {
                continue;
            }
            String typed = CellValues.clean(HEADER_TEXT.formatCellValue(cell));
            Optional<String> known = Sheets.headers(name).stream()
                    .filter(h -> normal(h).equals(normal(typed)))
                    .findFirst();
            if (known.isPresent()) {
                columns.putIfAbsent(known.get(), cell.getColumnIndex());
            } else {
                problems.warn(Messages.ignoredColumn(name, typed));
            }
        }
        return columns;
    }

    /** The data rows, fully empty ones skipped. */
    List<RowCells> rows() {
        List<RowCells> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && !isEmpty(row)) {
                rows.add(new RowCells(this, row));
            }
        }
        problems.counted(name, rows.size());
        return rows;
    }

    private boolean isEmpty(Row row) {
        for (Cell cell : row) {
            if (!CellValues.isBlank(cell)) {
                return false;
            }
        }
        return true;
    }

    String name() {
        return name;
    }

    Problems problems() {
        return problems;
    }

    Cell cell(Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    static String normal(String text) {
        return CellValues.clean(text).toLowerCase(Locale.ROOT);
    }
}
