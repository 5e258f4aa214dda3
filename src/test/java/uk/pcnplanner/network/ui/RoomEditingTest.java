package uk.pcnplanner.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

class RoomEditingTest extends NetworkViewTestBase {

    @Autowired
    BookingRepository bookings;

    @Autowired
    Clock clock;

    @Autowired
    StaffRepository staff;

    private Long castleId() {
        return practiceNamed(CASTLE).getId();
    }

    private int castleRooms() {
        return roomService.rooms(castleId()).size();
    }

    private RoomForm openNewRoomForm(PracticesView view) {
        test(view.rooms.add).click();
        return openForm(RoomForm.class);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void validNewRoomIsSavedAndListed() {
        PracticesView view = openView();
        String name = roomName("Room");

        RoomForm form = openNewRoomForm(view);
        test(form.name).setValue(name);
        test(form.type).selectItem("Group room");
        test(form.capacity).setValue(6);
        test(form.accessible).click();
        test(form.unavailable).setValue("Tue PM, Thu");
        test(openDialog().save).click();

        assertThat(dialogOpen()).isFalse();
        assertThat(notices()).contains(name + " saved");
        int row = rowOf(view.rooms.grid, r -> r.getName().equals(name));
        assertThat(row).isNotNegative();
        assertThat(test(view.rooms.grid).getCellText(row, 1)).isEqualTo("Group room");
        assertThat(test(view.rooms.grid).getCellText(row, 3)).isEqualTo("Yes");
        assertThat(test(view.rooms.grid).getCellText(row, 4)).isEqualTo("Tue PM, Thu");
        Room stored = roomService.rooms(castleId()).stream()
                .filter(r -> r.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getType()).isEqualTo(RoomType.GROUP);
        assertThat(stored.getCapacity()).isEqualTo(6);
        assertThat(stored.isAccessible()).isTrue();
        assertThat(stored.getUnavailable()).isEqualTo(SessionSet.parse("Tue PM, Thu"));
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void invalidInputShowsMessagesOnTheFieldsAndSavesNothing() {
        PracticesView view = openView();
        int before = castleRooms();

        RoomForm form = openNewRoomForm(view);
        // A person can type 0 into the field; the number field tester refuses values below min, so set it directly.
        form.capacity.setValue(0);
        assertThat(form.capacity.isInvalid()).isTrue();
        test(form.unavailable).setValue("Mon EVE");
        assertThat(form.unavailable.isInvalid()).as("parser message while typing").isTrue();
        assertThat(form.unavailable.getErrorMessage()).contains("EVE").contains("AM or PM");
        test(openDialog().save).click();

        assertThat(dialogOpen()).isTrue();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the room's name, e.g. Room 3");
        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.capacity.getErrorMessage()).isEqualTo("Capacity must be at least 1");
        assertThat(form.unavailable.isInvalid()).isTrue();
        assertThat(form.unavailable.getErrorMessage()).contains("AM or PM");
        assertThat(castleRooms()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void duplicateRoomNameShowsTheServiceMessage() {
        PracticesView view = openView();
        int before = castleRooms();

        RoomForm form = openNewRoomForm(view);
        test(form.name).setValue("room 1");
        test(openDialog().save).click();

        String message = CASTLE + " already has a room called Room 1";
        assertThat(dialogOpen()).isTrue();
        assertThat(notices()).anySatisfy(text -> assertThat(text).contains(message));
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).contains(message);
        assertThat(castleRooms()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void staleEditKeepsTheDialogAndTheOtherChange() {
        Room created = roomService.newRoom(castleId());
        created.setName(roomName("Stale"));
        Room original = roomService.save(created);

        PracticesView view = openView();
        selectRow(view.grid, p -> p.getName().equals(CASTLE));
        selectRow(view.rooms.grid, r -> r.getId().equals(original.getId()));
        test(view.rooms.edit).click();
        RoomForm form = openForm(RoomForm.class);

        Room elsewhere = roomService.room(original.getId());
        elsewhere.setCapacity(5);
        elsewhere.setUnavailable(SessionSet.parse("Wed"));
        roomService.save(elsewhere);

        String typed = original.getName() + " renamed";
        test(form.name).setValue(typed);
        test(form.capacity).setValue(3);
        test(openDialog().save).click();

        assertThat(notices()).anySatisfy(text -> assertThat(text).contains("changed by someone else"));
        assertThat(dialogOpen()).isTrue();
        assertThat(form.name.getValue()).isEqualTo(typed);
        assertThat(form.capacity.getValue()).isEqualTo(3);
        Room stored = roomService.room(original.getId());
        assertThat(stored.getName()).isEqualTo(original.getName());
        assertThat(stored.getCapacity()).isEqualTo(5);
        assertThat(stored.getUnavailable()).isEqualTo(SessionSet.parse("Wed"));
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aRoomCannotBeKeptBackForASessionItIsBookedFor() {
        Room created = roomService.newRoom(castleId());
        created.setName(roomName("Booked"));
        created.setUnavailable(SessionSet.parse("Mon AM"));
        Room room = roomService.save(created);
        // Far enough ahead that nobody's demo bookings are there; bookings never move, so this one holds.
        LocalDate tuesday = LocalDate.now(clock).plusWeeks(60).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        Booking booked = new Booking(room.getPractice().getNetwork(), tuesday, staff.findAll().getFirst(), Activity.WORK);
        booked.setHalf(Half.PM);
        booked.setRoom(room);
        booked.setPractice(room.getPractice());
        bookings.save(booked);
        try {
            PracticesView view = openView();
            selectRow(view.grid, p -> p.getName().equals(CASTLE));
            selectRow(view.rooms.grid, r -> r.getId().equals(room.getId()));
            test(view.rooms.edit).click();
            RoomForm form = openForm(RoomForm.class);
            test(form.unavailable).setValue("Mon AM, Tue PM");
            test(openDialog().save).click();

            assertThat(dialogOpen()).isTrue();
            assertThat(form.unavailable.isInvalid()).isTrue();
            assertThat(form.unavailable.getErrorMessage()).isEqualTo(room.getName() + " is booked on "
                    + tuesday.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK)) + " PM (work, "
                    + booked.getStaff().getName() + "). Move or cancel that booking before keeping the room back then.");
            assertThat(roomService.room(room.getId()).getUnavailable()).isEqualTo(SessionSet.parse("Mon AM"));

            // Another session is still the practice's to keep back.
            test(form.unavailable).setValue("Mon AM, Wed PM");
            test(openDialog().save).click();
            assertThat(dialogOpen()).isFalse();
            assertThat(roomService.room(room.getId()).getUnavailable()).isEqualTo(SessionSet.parse("Mon AM, Wed PM"));
        } finally {
            bookings.delete(booked);
        }
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void roomIsEditedAndDeleted() {
        Room created = roomService.newRoom(castleId());
        created.setName(roomName("Temp"));
        Room room = roomService.save(created);
        PracticesView view = openView();

        selectRow(view.rooms.grid, r -> r.getId().equals(room.getId()));
        test(view.rooms.edit).click();
        RoomForm form = openForm(RoomForm.class);
        assertThat(form.name.getValue()).isEqualTo(room.getName());
        test(form.capacity).setValue(4);
        test(openDialog().save).click();

        assertThat(notices()).contains(room.getName() + " saved");
        assertThat(roomService.room(room.getId()).getCapacity()).isEqualTo(4);
        assertThat(test(view.rooms.grid).getSelected()).extracting(Room::getId).containsExactly(room.getId());

        test(view.rooms.delete).click();
        confirm();

        assertThat(notices()).contains(room.getName() + " deleted");
        assertThat(rowOf(view.rooms.grid, r -> r.getId().equals(room.getId()))).isNegative();
        assertThat(roomService.rooms(castleId())).extracting(Room::getId).doesNotContain(room.getId());
    }
}
