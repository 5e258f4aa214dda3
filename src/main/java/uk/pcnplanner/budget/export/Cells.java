package uk.pcnplanner.budget.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.base.excel.ExcelCells;

/** The budget workbook's cells: money as £ numbers, on top of the shared header, date and text cells. */
final class Cells extends ExcelCells {

    private final CellStyle money;
    private final CellStyle number;

    Cells(Workbook workbook) {
        super(workbook);
        money = style(workbook, "\"£\"#,##0.00;-\"£\"#,##0.00");
        number = style(workbook, "#,##0.###");
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
}
