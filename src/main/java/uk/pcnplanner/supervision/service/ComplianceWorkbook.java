package uk.pcnplanner.supervision.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.base.excel.ExcelCells;

/** Writes the compliance report as the clinical director reads it on the page. */
final class ComplianceWorkbook {

    static final String PEOPLE = "By person";
    static final String ROLES = "By role";

    private ComplianceWorkbook() {}

    static byte[] write(ComplianceReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ExcelCells cells = new ExcelCells(book);
            people(book.createSheet(PEOPLE), cells, report);
            roles(book.createSheet(ROLES), cells, report);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the compliance workbook", e);
        }
    }

    private static void people(Sheet sheet, ExcelCells cells, ComplianceReport report) {
        period(sheet, cells, report);
        cells.header(sheet, 1, "Staff ID", "Name", "Role", "Supervisor", "Due", "Held", "Overdue now",
                "Days overdue", "Held last month", "Held month before", "Trend");
        int r = 2;
        for (ComplianceRow p : report.people()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, p.staffCode());
            cells.text(row, 1, p.name());
            cells.text(row, 2, p.role());
            cells.text(row, 3, p.supervisor());
            number(row, 4, p.due());
            number(row, 5, p.held());
            cells.text(row, 6, p.overdue().isEmpty() ? "none" : p.overdue());
            number(row, 7, p.daysOverdue());
            number(row, 8, p.heldLastMonth());
            number(row, 9, p.heldMonthBefore());
            cells.text(row, 10, p.trend());
        }
        finish(sheet, 11);
    }

    private static void roles(Sheet sheet, ExcelCells cells, ComplianceReport report) {
        period(sheet, cells, report);
        cells.header(sheet, 1, "Role", "People", "Due", "Held", "People overdue now", "Held last month",
                "Held month before", "Trend");
        int r = 2;
        for (RoleCompliance role : report.roles()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, role.role());
            number(row, 1, role.people());
            number(row, 2, role.due());
            number(row, 3, role.held());
            number(row, 4, role.overduePeople());
            number(row, 5, role.heldLastMonth());
            number(row, 6, role.heldMonthBefore());
            cells.text(row, 7, role.trend());
        }
        finish(sheet, 8);
    }

    private static void period(Sheet sheet, ExcelCells cells, ComplianceReport report) {
        Row row = sheet.createRow(0);
        cells.text(row, 0, "Supervision due and held from");
        cells.date(row, 1, report.from());
        cells.text(row, 2, "to");
        cells.date(row, 3, report.to());
    }

    private static void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    private static void finish(Sheet sheet, int columns) {
        sheet.createFreezePane(0, 2);
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == 1 || c == 6 || c == columns - 1 ? 30 : 14) * 256);
        }
    }
}
