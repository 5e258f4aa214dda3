package uk.pcnplanner.budget.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes cells the way the budget workbook needs them: money as £ numbers, dates as dates, text as text. */
final class Cells {

    private final CellStyle money;
    private final CellStyle date;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle header;
    private final CellStyle number;

    Cells(Workbook workbook) {
        money = style(workbook, "\"£\"#,##0.00;-\"£\"#,##0.00");
        date = style(workbook, "yyyy-mm-dd");
        number = style(workbook, "#,##0.###");
        text = style(workbook, "@");
        quoted = style(workbook, "@");
        quoted.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    void header(Sheet sheet, int rowIndex, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(header);
        }
    }

    /** Text stays text: a leading =, +, - or @ is never read as a formula by Excel. */
    void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(value.matches("^[=+\\-@].*") ? quoted : text);
    }

    void money(Row row, int column, BigDecimal value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(money);
        }
    }

    void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(number);
    }

    void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
