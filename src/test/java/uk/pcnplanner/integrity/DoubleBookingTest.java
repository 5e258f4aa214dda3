package uk.pcnplanner.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.workbook.WorkbookFixture;
import uk.pcnplanner.workbook.service.WorkbookImportService;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

/**
 * Nobody and no room is booked twice for one whole session: the database itself refuses it,
 * whoever writes, and the import names the rows before it gets that far.
 */
@SpringBootTest
class DoubleBookingTest {

    /** Far beyond the demo's rota, so these rows never meet the demo's own bookings. */
    private static final LocalDate DAY = LocalDate.of(2099, 3, 2);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookingRepository bookings;

    @Autowired
    NetworkRepository networks;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    RoomRepository roomRepository;

    @Autowired
    WorkbookImportService imports;

    private Network network;
    private Staff amy;
    private Staff ben;
    private Room room;
    private Room otherRoom;

    @BeforeEach
    void pickPeopleAndRooms() {
        network = networks.findFirstByOrderByIdAsc().orElseThrow();
        var people = staffRepository.findByNetworkOrderByName(network);
        amy = people.get(0);
        ben = people.get(1);
        var rooms = roomRepository.findAll();
        room = rooms.get(0);
        otherRoom = rooms.get(1);
    }

    @AfterEach
    void removeTheTestBookings() {
        jdbc.update("delete from booking where booking_date = ?", DAY);
    }

    @Test
    void theDatabaseRefusesAPersonInTwoWholeSessionItemsAtOnce() {
        insertWholeSession(amy, room, Half.AM);

        assertThatThrownBy(() -> insertWholeSession(amy, otherRoom, Half.AM))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> insertWholeSession(amy, otherRoom, Half.PM)).as("the afternoon is free")
                .doesNotThrowAnyException();
    }

    @Test
    void theDatabaseRefusesARoomHoldingTwoWholeSessionItemsAtOnce() {
        insertWholeSession(amy, room, Half.AM);

        assertThatThrownBy(() -> insertWholeSession(ben, room, Half.AM))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatCode(() -> insertWholeSession(ben, otherRoom, Half.AM)).doesNotThrowAnyException();
    }

    @Test
    void severalTimedItemsMayShareASessionButNotAStartTime() {
        insertTimed(amy, room, LocalTime.of(9, 0));
        insertTimed(amy, otherRoom, LocalTime.of(10, 0));
        assertThatCode(() -> insertWholeSession(ben, room, Half.AM))
                .as("timed items carry their session, but do not hold it whole").doesNotThrowAnyException();

        assertThatThrownBy(() -> insertTimed(amy, otherRoom, LocalTime.of(9, 0)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertTimed(ben, room, LocalTime.of(9, 0)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void bookingsWithoutARoomNeverClashOverRooms() {
        insertWholeSession(amy, null, Half.AM);
        assertThatCode(() -> insertWholeSession(ben, null, Half.AM)).doesNotThrowAnyException();
    }

    @Test
    void savingThroughTheApplicationMeetsTheSameConstraint() {
        bookings.saveAndFlush(booking(amy, room, Half.AM));

        assertThatThrownBy(() -> bookings.saveAndFlush(booking(amy, otherRoom, Half.AM)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void anImportWithADoubleBookingIsRefusedNamingBothRows() {
        WorkbookFixture twice = WorkbookFixture.valid()
                .row("Bookings", LocalDate.of(2027, 1, 6), "AM", null, null, "1001", "CLINIC", "C84001", "Room 1", null)
                .row("Bookings", LocalDate.of(2027, 1, 7), "PM", null, null, "1002", "CLINIC", "C84001", "Room 1", null)
                .row("Bookings", LocalDate.of(2027, 1, 7), "PM", null, null, "2001", "CLINIC", "C84001", "Room 1", null);

        assertThatThrownBy(() -> imports.replaceNetwork(twice.bytes()))
                .isInstanceOf(WorkbookRejectedException.class)
                .hasMessageContaining("Bookings!E4: Staff ID \"1001\" is already booked on 2027-01-06 AM (row 3)")
                .hasMessageContaining("Bookings!H6: room \"Room 1\" at practice C84001 is already booked on 2027-01-07 PM (row 5)");
        assertThat(imports.analyse(WorkbookFixture.valid().bytes()).errorLines()).isEmpty();
    }

    private void insertWholeSession(Staff person, Room where, Half half) {
        jdbc.update("""
                insert into booking (network_id, booking_date, half, staff_id, activity, practice_id, room_id)
                values (?, ?, ?, ?, 'CLINIC', ?, ?)""",
                network.getId(), DAY, half.name(), person.getId(),
                where == null ? null : where.getPractice().getId(), where == null ? null : where.getId());
    }

    private void insertTimed(Staff person, Room where, LocalTime start) {
        jdbc.update("""
                insert into booking (network_id, booking_date, half, start_time, minutes, staff_id, activity, practice_id, room_id)
                values (?, ?, 'AM', ?, 30, ?, 'DEBRIEF', ?, ?)""",
                network.getId(), DAY, start, person.getId(), where.getPractice().getId(), where.getId());
    }

    private Booking booking(Staff person, Room where, Half half) {
        Booking booking = new Booking(network, DAY, person, Activity.CLINIC);
        booking.setHalf(half);
        booking.setPractice(where.getPractice());
        booking.setRoom(where);
        return booking;
    }
}
