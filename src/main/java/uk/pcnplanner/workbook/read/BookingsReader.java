package uk.pcnplanner.workbook.read;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.model.BookingActivity;
import uk.pcnplanner.workbook.model.NetworkWorkbook.BookingRow;

/** The Bookings sheet: whole-session items need a Session, timed ones a Start and Minutes. */
final class BookingsReader {

    private BookingsReader() {}

    static List<BookingRow> read(SheetTable table) {
        List<BookingRow> bookings = new ArrayList<>();
        for (RowCells row : table.rows()) {
            var date = row.require("Date", Fields.DATE);
            Half session = row.get("Session", Fields.choice(Half.class));
            LocalTime start = row.get("Start", Fields.TIME);
            Integer minutes = row.get("Minutes", Fields.wholeNumber(1, 600));
            String staffId = row.require("Staff ID", Fields.TEXT);
            BookingActivity activity = row.require("Activity", Fields.choice(BookingActivity.class));
            checkTiming(row, activity, session, start, minutes);
            bookings.add(new BookingRow(row.number(), date, session, start, minutes, staffId, activity,
                    row.get("Practice code", Fields.TEXT), row.get("Room", Fields.TEXT),
                    row.orDefault("With", Fields.CODES, List.of())));
        }
        return bookings;
    }

    private static void checkTiming(RowCells row, BookingActivity activity, Half session, LocalTime start,
            Integer minutes) {
        if (activity == null) {
            return;
        }
        if (activity.isWholeSession() && session == null && row.isBlank("Session")) {
            row.error("Session", Messages.needsSession(activity.name()));
        }
        if (!activity.isWholeSession() && (start == null || minutes == null)
                && (row.isBlank("Start") || row.isBlank("Minutes"))) {
            row.error(row.isBlank("Start") ? "Start" : "Minutes", Messages.needsStartAndMinutes(activity.name()));
        }
    }
}
