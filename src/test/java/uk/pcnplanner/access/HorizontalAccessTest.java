package uk.pcnplanner.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.calendar.service.CalendarService;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.PracticeRepository;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.LeavePeriodRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.staff.service.LeaveService;
import uk.pcnplanner.staff.service.StaffFilter;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.supervision.service.SupervisionService;

/**
 * The other half of the access matrix: a caller allowed the kind of call asks about something that
 * is not theirs, by id. Practice A is Castle (C84001), managed by pm.castle; practice B is Riverside
 * (C84002). Every service method that takes a practice, room or staff id is asked for B's.
 */
@SpringBootTest
class HorizontalAccessTest {

    private static final String A = "C84001";
    private static final String B = "C84002";
    private static final LocalDate DAY = LocalDate.of(2099, 6, 1);

    @Autowired
    PracticeService practices;

    @Autowired
    RoomService rooms;

    @Autowired
    StaffService staff;

    @Autowired
    LeaveService leave;

    @Autowired
    SupervisionService supervision;

    @Autowired
    CalendarService calendars;

    @Autowired
    NetworkRepository networkRepository;

    @Autowired
    PracticeRepository practiceRepository;

    @Autowired
    RoomRepository roomRepository;

    @Autowired
    StaffRepository staffRepository;

    @Autowired
    LeavePeriodRepository leaveRepository;

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceAsManagerGetsNothingOfPracticeBById() {
        Practice b = practice(B);
        Room roomOfB = roomRepository.findByPracticeOrderByName(b).getFirst();

        assertThatThrownBy(() -> practices.practice(b.getId())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("your own practice");
        assertThatThrownBy(() -> rooms.rooms(b.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.room(roomOfB.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.newRoom(b.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.save(roomOfB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.delete(roomOfB)).isInstanceOf(AccessDeniedException.class);
        assertThat(roomRepository.findById(roomOfB.getId())).as("B's room is still there").isPresent();
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceAsManagerStillGetsTheirOwn() {
        Practice a = practice(A);
        Room roomOfA = roomRepository.findByPracticeOrderByName(a).getFirst();

        assertThat(practices.practice(a.getId()).getCode()).isEqualTo(A);
        assertThat(rooms.rooms(a.getId())).isNotEmpty();
        assertThat(rooms.room(roomOfA.getId()).getName()).isEqualTo(roomOfA.getName());
    }

    @Test
    @WithUserDetails(value = "pm.castle", setupBefore = TestExecutionEvent.TEST_METHOD)
    void practiceAsManagerGetsNoStaffRecordOrLeaveOfSomeoneWhoWorksOnlyAtB() {
        Staff onlyAtB = onlyAt(B).getFirst();
        // Leave of one person at each practice, so the list has something to show and something to hide.
        LeavePeriod leaveAtB = leaveRepository.save(new LeavePeriod(onlyAtB, DAY, DAY, null));
        LeavePeriod leaveAtA = leaveRepository.save(new LeavePeriod(onlyAt(A).getFirst(), DAY, DAY, null));
        try {
            assertThatThrownBy(() -> staff.item(onlyAtB.getId())).isInstanceOf(AccessDeniedException.class);
            assertThat(staff.list(StaffFilter.all())).extracting(StaffListItem::id).doesNotContain(onlyAtB.getId());
            assertThat(leave.leave()).extracting(LeavePeriod::getId)
                    .contains(leaveAtA.getId())
                    .doesNotContain(leaveAtB.getId());
        } finally {
            leaveRepository.deleteAll(List.of(leaveAtA, leaveAtB));
        }
    }

    /**
     * A supervisor works with their own supervisees only: another supervisor's list, suggestions for
     * their supervisee and that person's calendar are refused, and staff records stay closed.
     */
    @Test
    @WithUserDetails(value = "supervisor", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aSupervisorGetsNoOneElsesSuperviseeRecord() {
        Staff me = staffRepository.findByNetworkOrderByName(network()).stream()
                .filter(s -> s.getStaffCode().equals("2001")).findFirst().orElseThrow();
        Staff someoneElses = staffRepository.findByNetworkOrderByName(network()).stream()
                .filter(s -> s.getSupervisor() != null && !s.getSupervisor().getId().equals(me.getId()))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> staff.item(someoneElses.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.forEdit(someoneElses.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leave.leave()).isInstanceOf(AccessDeniedException.class);

        Long otherSupervisor = someoneElses.getSupervisor().getId();
        assertThatThrownBy(() -> supervision.supervisees(otherSupervisor)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.suggest(me.getId(), List.of(someoneElses.getId()), SupervisionKind.ONE_TO_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.calendar(someoneElses.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(supervision.supervisees(me.getId())).isNotEmpty()
                .noneMatch(row -> row.superviseeId().equals(someoneElses.getId()));
    }

    /** People based at the practice who may work nowhere else (link workers run clinics everywhere). */
    private List<Staff> onlyAt(String practiceCode) {
        List<Staff> people = staffRepository.findByNetworkOrderByName(network()).stream()
                .filter(s -> s.getBasePractice().getCode().equals(practiceCode))
                .filter(s -> s.getPractices().isEmpty() && !s.getRole().getCode().equals("SPLW"))
                .toList();
        assertThat(people).as("someone works only at " + practiceCode).isNotEmpty();
        return people;
    }

    private Network network() {
        return networkRepository.findAll().stream().min(Comparator.comparing(Network::getId)).orElseThrow();
    }

    private Practice practice(String code) {
        return practiceRepository.findByNetworkAndCodeIgnoreCase(network(), code).orElseThrow();
    }
}
