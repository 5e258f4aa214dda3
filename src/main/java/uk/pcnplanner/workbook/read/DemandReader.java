package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.workbook.model.NetworkWorkbook.DemandRow;

/** The Demand sheet: one row per practice and role. */
final class DemandReader {

    private DemandReader() {}

    static List<DemandRow> read(SheetTable table) {
        Duplicates pairs = new Duplicates("demand for practice and role");
        List<DemandRow> demand = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String practice = row.require("Practice code", Fields.TEXT);
            String role = row.require("Role", Fields.TEXT);
            if (practice != null && role != null) {
                pairs.isFirst(practice + " " + role, row, "Role");
            }
            Integer sessions = row.require("Sessions per week", Fields.wholeNumber(0));
            demand.add(new DemandRow(row.number(), practice, role, sessions == null ? 0 : sessions,
                    row.orDefault("Preferred sessions", Fields.SESSIONS, SessionSet.none())));
        }
        return demand;
    }
}
