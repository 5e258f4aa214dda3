package uk.pcnplanner.workbook.validate;

import java.util.HashMap;
import java.util.Map;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.BookingRow;
import uk.pcnplanner.workbook.read.Problems;

/**
 * Nobody and no room is booked twice for one whole session, or for two timed items starting at the
 * same moment. The database refuses such rows too (constraints on {@code booking}); this names the
 * rows before anything is saved.
 */
final class DoubleBookings {

    private final Problems problems;
    private final Map<String, Integer> people = new HashMap<>();
    private final Map<String, Integer> rooms = new HashMap<>();

    private DoubleBookings(Problems problems) {
        this.problems = problems;
    }

    static void check(NetworkWorkbook book, Problems problems) {
        DoubleBookings checks = new DoubleBookings(problems);
        book.bookings().forEach(checks::booking);
    }

    private void booking(BookingRow b) {
        String when = when(b);
        if (b.date() == null || when == null) {
            return;
        }
        if (b.staffId() != null) {
            Integer first = people.putIfAbsent(Keys.of(b.staffId()) + "|" + b.date() + "|" + when, b.row());
            if (first != null) {
                problems.at(Sheets.BOOKINGS, b.row(), "Staff ID", "Staff ID \"" + b.staffId()
                        + "\" is already booked on " + b.date() + " " + when + " (row " + first + ")");
            }
        }
        if (b.room() != null && b.practiceCode() != null) {
            Integer first = rooms.putIfAbsent(
                    Keys.of(b.practiceCode()) + "|" + Keys.of(b.room()) + "|" + b.date() + "|" + when, b.row());
            if (first != null) {
                problems.at(Sheets.BOOKINGS, b.row(), "Room", "room \"" + b.room() + "\" at practice "
                        + b.practiceCode() + " is already booked on " + b.date() + " " + when + " (row " + first + ")");
            }
        }
    }

    /** A whole-session item's session, or a timed item's start; null when the row gives neither. */
    private static String when(BookingRow b) {
        if (b.start() != null) {
            return "at " + b.start();
        }
        return b.session() == null ? null : b.session().name();
    }
}
