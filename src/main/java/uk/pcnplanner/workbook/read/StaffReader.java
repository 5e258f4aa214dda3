package uk.pcnplanner.workbook.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.staff.domain.Funding;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;
import uk.pcnplanner.workbook.model.NetworkWorkbook.StaffRow;

/** The Staff sheet: one row per person, additional-roles staff and their supervisors alike. */
final class StaffReader {

    private StaffReader() {}

    static List<StaffRow> read(SheetTable table) {
        Duplicates ids = new Duplicates("Staff ID");
        List<StaffRow> staff = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String id = row.require("Staff ID", Fields.TEXT);
            ids.isFirst(id, row, "Staff ID");
            staff.add(person(row, id));
        }
        return staff;
    }

    private static StaffRow person(RowCells row, String id) {
        String name = row.require("Name", Fields.TEXT);
        String role = row.require("Role", Fields.TEXT);
        BigDecimal wte = row.require("WTE", Fields.WTE);
        String band = row.get("Band", Fields.BAND);
        BigDecimal salary = row.get("Annual salary", Fields.AMOUNT);
        LocalDate start = row.get("Start date", Fields.DATE);
        LocalDate end = DateOrder.end(row, "Start date", start, "End date");
        String base = row.require("Base practice", Fields.TEXT);
        SessionSet working = row.require("Working sessions", Fields.SESSIONS);
        return new StaffRow(
                row.number(),
                id,
                name,
                role,
                wte,
                band,
                salary,
                start,
                end,
                base,
                working == null ? SessionSet.none() : working,
                row.orDefault("Practices", Fields.CODES, List.of()),
                row.get("Supervisor", Fields.TEXT),
                row.orDefault("Supervision windows", Fields.WINDOWS, SupervisionWindows.none()),
                row.orDefault("Supervisee capacity", Fields.wholeNumber(0), Staff.DEFAULT_SUPERVISEE_CAPACITY),
                row.get("Needs room", Fields.choice(RoomNeed.class)),
                row.orDefault("Needs accessible room", Fields.YES_NO, false),
                row.get("Funding", Fields.choice(Funding.class)));
    }
}
