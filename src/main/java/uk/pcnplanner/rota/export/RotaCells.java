package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes cells as the network workbook does: dates and times as real cells, text always as text
 * (a leading =, +, - or @ is quote-prefixed so Excel never runs it as a formula). Styles are made
 * once per workbook as Excel limits their number.
 */
final class RotaCells {

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle wrapped;
    private final CellStyle wrappedQuoted;

    RotaCells(Workbook workbook) {
        var format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        time = workbook.createCellStyle();
        time.setDataFormat(format.getFormat("hh:mm"));
        text = workbook.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedQuoted = workbook.createCellStyle();
        wrappedQuoted.cloneStyleFrom(wrapped);
        wrappedQuoted.setQuotePrefixed(true);
    }

    void header(Sheet sheet, int rowIndex, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(header);
        }
    }

    /** Nothing is written for null, so an empty contract column stays a blank cell. */
    void text(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(isFormulaLike(value) ? quoted : text);
        }
    }

    /** Several lines in one grid cell, e.g. everyone working a practice's Monday morning. */
    void lines(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(isFormulaLike(value) ? wrappedQuoted : wrapped);
    }

    void number(Row row, int column, int value) {
        row.createCell(column).setCellValue(value);
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    void time(Row row, int column, LocalTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(time);
        }
    }

    static boolean isFormulaLike(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }
}
