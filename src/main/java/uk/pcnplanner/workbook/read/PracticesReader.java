package uk.pcnplanner.workbook.read;

import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.workbook.model.NetworkWorkbook.PracticeRow;

/** The Practices sheet. */
final class PracticesReader {

    private PracticesReader() {}

    static List<PracticeRow> read(SheetTable table) {
        Duplicates codes = new Duplicates("practice code");
        List<PracticeRow> practices = new ArrayList<>();
        for (RowCells row : table.rows()) {
            String code = row.require("Practice code", Fields.TEXT);
            codes.isFirst(code, row, "Practice code");
            String name = row.require("Name", Fields.TEXT);
            Integer listSize = row.require("List size", Fields.wholeNumber(0));
            practices.add(new PracticeRow(
                    row.number(),
                    code,
                    name,
                    listSize == null ? 0 : listSize,
                    row.orDefault("Open sessions", Fields.SESSIONS, SessionSet.weekdays()),
                    row.get("Link worker sessions per week", Fields.wholeNumber(0))));
        }
        return practices;
    }
}
