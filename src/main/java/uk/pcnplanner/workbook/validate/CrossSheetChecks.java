package uk.pcnplanner.workbook.validate;

import java.util.Set;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.Sheets;
import uk.pcnplanner.workbook.model.NetworkWorkbook;
import uk.pcnplanner.workbook.model.NetworkWorkbook.BookingRow;
import uk.pcnplanner.workbook.model.NetworkWorkbook.PostRow;
import uk.pcnplanner.workbook.read.Problems;

/**
 * References between sheets: every practice, room, role and person a row names must exist. A sheet
 * that could not be read is not checked against, so its one error is not repeated on every row.
 */
public final class CrossSheetChecks {

    private final NetworkWorkbook book;
    private final Problems problems;
    private final RoleCodes roles;
    private final Set<String> practices;
    private final Set<String> staff;

    private CrossSheetChecks(NetworkWorkbook book, Problems problems, RoleCodes roles) {
        this.book = book;
        this.problems = problems;
        this.roles = roles;
        this.practices = Keys.of(book.practices(), NetworkWorkbook.PracticeRow::code);
        this.staff = Keys.of(book.staff(), NetworkWorkbook.StaffRow::id);
    }

    public static void check(NetworkWorkbook book, Problems problems, RoleCodes roles) {
        CrossSheetChecks checks = new CrossSheetChecks(book, problems, roles);
        book.rooms().forEach(r -> checks.practice(Sheets.ROOMS, r.row(), "Practice code", r.practiceCode()));
        new StaffChecks(book, problems, roles, checks.practices).check();
        book.leave().forEach(l -> checks.person(Sheets.LEAVE, l.row(), "Staff ID", l.staffId()));
        book.demand().forEach(d -> {
            checks.practice(Sheets.DEMAND, d.row(), "Practice code", d.practiceCode());
            checks.role(Sheets.DEMAND, d.row(), d.role());
        });
        book.rules().forEach(r -> checks.role(Sheets.RULES, r.row(), r.role()));
        book.posts().forEach(checks::post);
        book.bookings().forEach(checks::booking);
        DoubleBookings.check(book, problems);
    }

    private void post(PostRow post) {
        role(Sheets.POSTS, post.row(), post.role());
        practice(Sheets.POSTS, post.row(), "Practice code", post.practiceCode());
        if (post.id() != null && problems.wasRead(Sheets.STAFF) && staff.contains(Keys.of(post.id()))) {
            problems.at(Sheets.POSTS, post.row(), "Post ID", Messages.postIsStaffId(post.id()));
        }
    }

    private void booking(BookingRow booking) {
        person(Sheets.BOOKINGS, booking.row(), "Staff ID", booking.staffId());
        practice(Sheets.BOOKINGS, booking.row(), "Practice code", booking.practiceCode());
        booking.with().forEach(id -> person(Sheets.BOOKINGS, booking.row(), "With", id));
        if (booking.room() != null) {
            new RoomCheck(book, problems).check(booking);
        }
    }

    private void practice(String sheet, int row, String column, String code) {
        if (code != null && problems.wasRead(Sheets.PRACTICES) && !practices.contains(Keys.of(code))) {
            problems.at(sheet, row, column, Messages.unknown("practice code", code));
        }
    }

    private void person(String sheet, int row, String column, String id) {
        if (id != null && problems.wasRead(Sheets.STAFF) && !staff.contains(Keys.of(id))) {
            problems.at(sheet, row, column, Messages.unknown("Staff ID", id));
        }
    }

    private void role(String sheet, int row, String code) {
        if (code != null && !roles.exists(code)) {
            problems.at(sheet, row, "Role", Messages.unknown("role", code));
        }
    }
}
