package uk.pcnplanner.workbook.validate;

import java.util.Set;
import java.util.stream.Collectors;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.BookingRow;
import uk.pcnplanner.workbook.read.Problems;

/** A booked room must be one of the Rooms sheet's rooms at the booking's practice. */
final class RoomCheck {

    private final Set<String> rooms;
    private final Problems problems;

    RoomCheck(NetworkWorkbook book, Problems problems) {
        this.rooms = book.rooms().stream()
                .filter(r -> r.practiceCode() != null && r.name() != null)
                .map(r -> key(r.practiceCode(), r.name()))
                .collect(Collectors.toSet());
        this.problems = problems;
    }

    static String key(String practiceCode, String room) {
        return Keys.of(practiceCode) + "/" + Keys.of(room);
    }

    void check(BookingRow booking) {
        if (booking.practiceCode() == null) {
            problems.at(Sheets.BOOKINGS, booking.row(), "Room", Messages.roomWithoutPractice());
        } else if (problems.wasRead(Sheets.ROOMS) && !rooms.contains(key(booking.practiceCode(), booking.room()))) {
            problems.at(Sheets.BOOKINGS, booking.row(), "Room",
                    Messages.unknownRoom(booking.room(), booking.practiceCode()));
        }
    }
}
