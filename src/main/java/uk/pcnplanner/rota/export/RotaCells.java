package uk.pcnplanner.rota.export;

import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.base.excel.ExcelCells;

/** The rota workbook's cells: times, numbers and multi-line grid cells on top of the shared ones. */
final class RotaCells extends ExcelCells {

    private final CellStyle time;
    private final CellStyle wrapped;
    private final CellStyle wrappedQuoted;

    RotaCells(Workbook workbook) {
        super(workbook);
        time = style(workbook, "hh:mm");
        wrapped = style(workbook, "@");
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedQuoted = workbook.createCellStyle();
        wrappedQuoted.cloneStyleFrom(wrapped);
        wrappedQuoted.setQuotePrefixed(true);
    }

    /** Several lines in one grid cell, e.g. everyone working a practice's Monday morning. */
    void lines(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? wrappedQuoted : wrapped);
    }

    void number(Row row, int column, int value) {
        row.createCell(column).setCellValue(value);
    }

    void time(Row row, int column, LocalTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toSecondOfDay() / 86_400.0);
            cell.setCellStyle(time);
        }
    }
}
