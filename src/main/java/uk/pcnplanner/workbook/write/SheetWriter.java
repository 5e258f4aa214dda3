package uk.pcnplanner.workbook.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import uk.pcnplanner.base.excel.ExcelCells;

/** Writes one sheet: a frozen bold header row, then rows of typed values. */
final class SheetWriter {

    /** Drop-downs and column formats reach this far, well past any network's rows. */
    static final int FORMATTED_ROWS = 2000;

    private static final int COLUMN_WIDTH = 20 * 256;

    private final Sheet sheet;
    private final CellStyles styles;
    private int next = 1;

    SheetWriter(Workbook workbook, CellStyles styles, String name, List<String> headers) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Values in header order: text, numbers, dates, times, yes/no, enumerations; null leaves a blank. */
    void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), values[i]);
            }
        }
    }

    void percentAt(int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        if (cell != null) {
            cell.setCellStyle(styles.percent);
        }
    }

    void dateColumn(int column) {
        sheet.setDefaultColumnStyle(column, styles.date);
    }

    void timeColumn(int column) {
        sheet.setDefaultColumnStyle(column, styles.time);
    }

    /** A drop-down of the contract's choices for a column (Excel also accepts typing). */
    void choices(int column, List<String> values) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        var validation = helper.createValidation(
                constraint, new CellRangeAddressList(1, FORMATTED_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private void write(Cell cell, Object value) {
        switch (value) {
            case BigDecimal number -> cell.setCellValue(number.doubleValue());
            case Integer number -> cell.setCellValue(number);
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            case LocalTime time -> {
                cell.setCellValue(time.toSecondOfDay() / 86_400.0);
                cell.setCellStyle(styles.time);
            }
            case Boolean yes -> cell.setCellValue(yes ? "Yes" : "No");
            case Enum<?> choice -> cell.setCellValue(choice.name());
            default -> text(cell, value.toString());
        }
    }

    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (ExcelCells.looksLikeFormula(text)) {
            cell.setCellStyle(styles.literal);
        }
    }
}
