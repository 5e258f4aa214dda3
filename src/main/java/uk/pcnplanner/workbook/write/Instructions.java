package uk.pcnplanner.workbook.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;

/** The first sheet of the template: how to fill the others, in a practice manager's words. */
final class Instructions {

    private static final List<String> LINES = List.of(
            "PCN network workbook",
            "",
            "Fill one row per practice, room, member of staff and so on; row 1 of each sheet holds the headers.",
            "Columns may come in any order. Columns and sheets the portal does not know are ignored (with a warning).",
            "Required sheets: Network, Practices, Rooms and Staff. Leave, Demand, Supervision rules, Planned posts "
                    + "and Bookings are optional.",
            "Required columns: Network Name, Weighted population and Rota start (a Monday); every ID, code, name "
                    + "and role; Staff WTE, Base practice and Working sessions.",
            "Dates: Excel dates or 2026-01-05. Times: Excel times or 09:30. Yes/no: Y, Yes, TRUE, N, No or FALSE.",
            "Session lists: Mon AM, Tue PM; Thu (a bare day is both sessions) or ranges such as Mon-Fri or Mon-Wed PM.",
            "Supervision windows: Tue 12:30-13:30; Thu 16:30-17:30 remote.",
            "WTE is more than 0 and at most 1. ARRS-funded staff need a Band or an Annual salary.",
            "The drop-downs list the allowed values for roles, room types, bands, yes/no and activities.",
            "Up to " + String.format("%,d", Messages.MAX_ROWS) + " rows per sheet and " + Messages.MAX_UPLOAD_MB
                    + " MB per file.",
            "",
            "Importing replaces the network's practices, rooms, staff, leave, demand, rules, planned posts and "
                    + "bookings. If anything is wrong nothing is saved, and every problem is listed as Sheet!Cell: "
                    + "message.");

    private Instructions() {}

    static void write(Workbook workbook, CellStyles styles) {
        Sheet sheet = workbook.createSheet(Sheets.INSTRUCTIONS);
        sheet.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < LINES.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(LINES.get(i));
            cell.setCellStyle(i == 0 ? styles.header : styles.wrapped);
        }
    }
}
