package uk.pcnplanner.base.excel;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells every exported workbook writes alike: bold headers, dates as date cells, and text that
 * Excel always shows as typed. Styles are made once per workbook, as Excel limits their number.
 */
public class ExcelCells {

    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle text;
    private final CellStyle quoted;

    public ExcelCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = style(workbook, "yyyy-mm-dd");
        text = style(workbook, "@");
        quoted = style(workbook, "@");
        quoted.setQuotePrefixed(true);
    }

    /**
     * Text a spreadsheet would run as a formula (a leading =, +, - or @): it is written
     * quote-prefixed instead, so an exported name can never become a formula.
     */
    public static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    public void header(Sheet sheet, int rowIndex, String... titles) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(header);
        }
    }

    /** Nothing is written for null, so an empty column stays a blank cell. */
    public void text(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(looksLikeFormula(value) ? quoted : text);
        }
    }

    public void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    protected static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
