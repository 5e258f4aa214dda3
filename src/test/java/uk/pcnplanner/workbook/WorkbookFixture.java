package uk.pcnplanner.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds network workbooks for tests: a small valid network, then one change at a time, e.g.
 * {@code WorkbookFixture.valid().set("Staff", "D3", -0.5)}.
 */
public final class WorkbookFixture {

    private final XSSFWorkbook workbook;

    private WorkbookFixture(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static WorkbookFixture of(byte[] bytes) {
        try {
            return new WorkbookFixture(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two practices, two rooms, a GP supervisor and two supervisees, and a row in every optional sheet. */
    public static WorkbookFixture valid() {
        WorkbookFixture f = new WorkbookFixture(new XSSFWorkbook());
        f.sheet("Network", "Key", "Value");
        f.row("Network", "Name", "Test PCN");
        f.row("Network", "ODS code", "U99999");
        f.row("Network", "Weighted population", 20000);
        f.row("Network", "Financial year", "2026/27");
        f.row("Network", "Rota start", LocalDate.of(2027, 1, 4));
        f.row("Network", "Rota weeks", 4);
        f.sheet("Practices", "Practice code", "Name", "List size", "Open sessions", "Link worker sessions per week");
        f.row("Practices", "C84001", "Castle Surgery", 9000, "Mon-Fri", null);
        f.row("Practices", "C84002", "Riverside Medical Centre", 8000, null, 3);
        f.sheet("Rooms", "Practice code", "Room", "Type", "Capacity", "Accessible", "Unavailable");
        f.row("Rooms", "C84001", "Room 1", "CONSULTING", 2, "Yes", null);
        f.row("Rooms", "C84002", "Group room", "GROUP", 8, "No", "Wed PM");
        f.sheet("Staff", "Staff ID", "Name", "Role", "WTE", "Band", "Annual salary", "Start date", "End date",
                "Base practice", "Working sessions", "Practices", "Supervisor", "Supervision windows",
                "Supervisee capacity", "Needs room", "Needs accessible room", "Funding");
        f.row("Staff", "2001", "Dr Priya Patel", "GP", 0.8, null, null, null, null, "C84001", "Mon-Thu", null, null,
                "Tue 12:30-13:30; Thu 16:30-17:30 remote", 6, null, "No", "PRACTICE");
        f.row("Staff", "1001", "Amy Link", "SPLW", 1, "5", null, LocalDate.of(2025, 4, 1), null, "C84001",
                "Mon-Fri", "C84001, C84002", "2001", null, null, null, "No", null);
        f.row("Staff", "1002", "Ben Coach", "HWC", 0.6, null, 32000, null, null, "C84002", "Mon-Wed", null, "2001",
                null, null, "CONSULTING", "Yes", "ARRS");
        f.sheet("Leave", "Staff ID", "From", "To", "Sessions");
        f.row("Leave", "1001", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 12), null);
        f.sheet("Demand", "Practice code", "Role", "Sessions per week", "Preferred sessions");
        f.row("Demand", "C84001", "SPLW", 3, "Tue AM");
        f.sheet("Supervision rules", "Role", "Kind", "Minutes", "Every weeks", "Group size");
        f.row("Supervision rules", "SPLW", "ONE_TO_ONE", 60, 4, null);
        f.sheet("Planned posts", "Post ID", "Role", "WTE", "Band", "Annual salary", "Start date", "End date",
                "Practice code");
        f.row("Planned posts", "P001", "HWC", 0.8, "5", null, LocalDate.of(2026, 10, 1), null, "C84002");
        f.sheet("Bookings", "Date", "Session", "Start", "Minutes", "Staff ID", "Activity", "Practice code", "Room",
                "With");
        f.row("Bookings", LocalDate.of(2027, 1, 5), null, LocalTime.of(12, 30), 30, "1001", "DEBRIEF", "C84001",
                "Room 1", "2001");
        f.row("Bookings", LocalDate.of(2027, 1, 6), "AM", null, null, "1001", "CLINIC", "C84002", null, null);
        return f;
    }

    public WorkbookFixture sheet(String name, String... headers) {
        Row row = workbook.createSheet(name).createRow(0);
        for (int i = 0; i < headers.length; i++) {
            row.createCell(i).setCellValue(headers[i]);
        }
        return this;
    }

    public WorkbookFixture row(String sheet, Object... values) {
        Sheet s = workbook.getSheet(sheet);
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            put(row, i, values[i]);
        }
        return this;
    }

    /** Sets one cell, e.g. {@code set("Staff", "D3", -0.5)}; null empties it. */
    public WorkbookFixture set(String sheet, String cell, Object value) {
        CellReference ref = new CellReference(cell);
        Sheet s = workbook.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        put(row, ref.getCol(), value);
        return this;
    }

    /** A formula with the result Excel saved for it. */
    public WorkbookFixture formula(String sheet, String cell, String formula, double cached) {
        CellReference ref = new CellReference(cell);
        Cell c = workbook.getSheet(sheet).getRow(ref.getRow()).createCell(ref.getCol());
        c.setCellFormula(formula);
        c.setCellValue(cached);
        return this;
    }

    public WorkbookFixture removeSheet(String name) {
        workbook.removeSheetAt(workbook.getSheetIndex(name));
        return this;
    }

    public WorkbookFixture renameSheet(String name, String newName) {
        workbook.setSheetName(workbook.getSheetIndex(name), newName);
        return this;
    }

    /** Empties a whole row, as a practice manager deleting a row's contents would. */
    public WorkbookFixture clearRow(String sheet, int rowNumber) {
        Sheet s = workbook.getSheet(sheet);
        s.removeRow(s.getRow(rowNumber - 1));
        return this;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Row row, int column, Object value) {
        if (value == null) {
            Cell existing = row.getCell(column);
            if (existing != null) {
                row.removeCell(existing);
            }
            return;
        }
        Cell cell = row.createCell(column);
        switch (value) {
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            case LocalDate d -> cell.setCellValue(d);
            case LocalTime t -> cell.setCellValue(t.toSecondOfDay() / 86_400.0);
            default -> cell.setCellValue(value.toString());
        }
    }
}
