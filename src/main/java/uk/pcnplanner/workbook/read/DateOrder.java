package uk.pcnplanner.workbook.read;

import java.time.LocalDate;
import uk.pcnplanner.workbook.Messages;

/** A date range in the wrong order is reported at its end cell. */
final class DateOrder {

    private DateOrder() {}

    static LocalDate end(RowCells row, String startColumn, LocalDate start, String endColumn) {
        return checked(row, startColumn, start, endColumn, row.get(endColumn, Fields.DATE));
    }

    static LocalDate requiredEnd(RowCells row, String startColumn, LocalDate start, String endColumn) {
        return checked(row, startColumn, start, endColumn, row.require(endColumn, Fields.DATE));
    }

    private static LocalDate checked(RowCells row, String startColumn, LocalDate start, String endColumn,
            LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            row.error(endColumn, Messages.dateOrder(endColumn, startColumn, start, end));
        }
        return end;
    }
}
