package uk.pcnplanner.workbook.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.workbook.model.NetworkWorkbook.LeaveRow;

/** The Leave sheet: whole days, or half days when Sessions says AM or PM. */
final class LeaveReader {

    private LeaveReader() {}

    static List<LeaveRow> read(SheetTable table) {
        List<LeaveRow> leave = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String staffId = row.require("Staff ID", Fields.TEXT);
            LocalDate from = row.require("From", Fields.DATE);
            LocalDate to = DateOrder.requiredEnd(row, "From", from, "To");
            leave.add(new LeaveRow(row.number(), staffId, from, to, row.get("Sessions", Fields.choice(Half.class))));
        }
        return leave;
    }
}
