package uk.pcnplanner.rota.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.base.excel.ExcelCells;

/**
 * The rota workbook's cells: times, numbers and multi-line grid cells on top of the shared ones.
 * It measures what it writes, so each sheet's columns can be made as wide as their contents: a
 * streamed sheet cannot measure itself afterwards.
 */
final class RotaCells extends ExcelCells {

    private static final int NARROWEST = 8;
    private static final int WIDEST = 60;

    private final CellStyle time;
    private final CellStyle wrapped;
    private final CellStyle wrappedQuoted;
    private final CellStyle title;
    private final Map<Integer, Integer> widths = new HashMap<>();

    RotaCells(Workbook workbook) {
        super(workbook);
        time = style(workbook, "hh:mm");
        wrapped = style(workbook, "@");
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedQuoted = workbook.createCellStyle();
        wrappedQuoted.cloneStyleFrom(wrapped);
        wrappedQuoted.setQuotePrefixed(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = style(workbook, "@");
        title.setFont(large);
    }

    /** A sheet's title lines; they run across the columns, so they do not set any column's width. */
    void titles(Sheet sheet, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            if (i == 0 && !looksLikeFormula(lines[i])) {
                Cell cell = row.createCell(0);
                cell.setCellValue(lines[i]);
                cell.setCellStyle(title);
            } else {
                super.text(row, 0, lines[i]);
            }
        }
    }

    @Override
    public void header(Sheet sheet, int rowIndex, String... titles) {
        super.header(sheet, rowIndex, titles);
        for (int i = 0; i < titles.length; i++) {
            measure(i, titles[i].length() + 2);
        }
    }

    @Override
    public void text(Row row, int column, String value) {
        super.text(row, column, value);
        if (value != null) {
            measure(column, value.length());
        }
    }

    /** Several lines in one grid cell, e.g. everyone working a practice's Monday morning. */
    void lines(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? wrappedQuoted : wrapped);
        measure(column, Arrays.stream(value.split("\n")).mapToInt(String::length).max().orElse(0));
    }

    void number(Row row, int column, int value) {
        row.createCell(column).setCellValue(value);
        measure(column, String.valueOf(value).length());
    }

    void time(Row row, int column, LocalTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(time);
            measure(column, 5);
        }
    }

    @Override
    public void date(Row row, int column, LocalDate value) {
        super.date(row, column, value);
        measure(column, 10);
    }

    /** Sets the sheet's column widths to what was written in them since the last sheet, within limits. */
    void fit(Sheet sheet) {
        widths.forEach((column, chars) ->
                sheet.setColumnWidth(column, Math.clamp(chars + 2, NARROWEST, WIDEST) * 256));
        widths.clear();
    }

    private void measure(int column, int chars) {
        widths.merge(column, chars, Math::max);
    }
}
