package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/**
 * The supervisor's page: their supervisees' standing, their booked sessions and suggested times.
 * A supervisor sees only their own supervisees; the clinical director may look at any supervisor's.
 */
@Service
public class SupervisionService {

    /** How far ahead suggestions look at least, and at most. */
    static final int LOOK_AHEAD_WEEKS = 4;
    static final int LONGEST_LOOK_AHEAD_WEEKS = 13;

    private final PlanningReader reader;
    private final SupervisionAccess access;
    private final StaffRepository staff;
    private final BookingRepository bookings;
    private final CurrentUser currentUser;

    SupervisionService(PlanningReader reader, SupervisionAccess access, StaffRepository staff,
            BookingRepository bookings, CurrentUser currentUser) {
        this.reader = reader;
        this.access = access;
        this.staff = staff;
        this.bookings = bookings;
        this.currentUser = currentUser;
    }

    /** The supervisors this user may act for: themselves, or every supervisor for the clinical director. */
    @DirectorOrSupervisor
    @Transactional(readOnly = true)
    public List<SupervisorChoice> supervisors() {
        if (!currentUser.isClinicalDirector()) {
            Staff self = access.supervisor(currentUser.require().staffId());
            return List.of(new SupervisorChoice(self.getId(), self.getName()));
        }
        return staff.findByNetworkOrderByName(reader.read().network()).stream()
                .filter(Staff::isSupervisor)
                .map(s -> new SupervisorChoice(s.getId(), s.getName()))
                .toList();
    }

    /** For each supervisee and each kind their role's rules ask for: last, next, due by. */
    @DirectorOrSupervisor
    @Transactional(readOnly = true)
    public List<DueRow> supervisees(Long supervisorId) {
        Staff supervisor = access.supervisor(supervisorId);
        Planning planning = reader.read();
        DueDates due = planning.dueDates();
        return access.superviseesOf(supervisor).stream()
                .flatMap(s -> planning.rulesFor(s).stream().map(rule -> due.row(s, rule)))
                .toList();
    }

    /** The best few times for a new booking, each with the reason it is suggested. */
    @DirectorOrSupervisor
    @Transactional(readOnly = true)
    public List<SuggestedSlot> suggest(Long supervisorId, List<Long> superviseeIds, SupervisionKind kind) {
        Staff supervisor = access.supervisor(supervisorId);
        List<Staff> supervisees = access.supervisees(supervisor, superviseeIds);
        Planning planning = reader.read();
        return suggest(planning, planning.request(supervisor, supervisees, kind, null));
    }

    /** The best few times to move a booked session to. */
    @DirectorOrSupervisor
    @Transactional(readOnly = true)
    public List<SuggestedSlot> suggestMove(Long bookingId) {
        Booking booking = SupervisionBookings.find(bookings, bookingId);
        Staff supervisor = access.supervisor(booking.getStaff().getId());
        Planning planning = reader.read();
        List<Staff> supervisees = List.copyOf(booking.getWith());
        return suggest(planning, planning.request(supervisor, supervisees,
                SupervisionKind.valueOf(booking.getActivity().name()), bookingId));
    }

    /** The supervisor's supervision sessions from today on, soonest first. */
    @DirectorOrSupervisor
    @Transactional(readOnly = true)
    public List<BookedSession> booked(Long supervisorId) {
        Staff supervisor = access.supervisor(supervisorId);
        LocalDate today = reader.read().today();
        return bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(supervisor.getNetwork()).stream()
                .filter(b -> b.getStaff().equals(supervisor) && SupervisionBookings.isSupervision(b))
                .filter(b -> !b.getBookingDate().isBefore(today))
                .sorted(Comparator.comparing(Booking::getBookingDate).thenComparing(Booking::getStartTime))
                .map(SupervisionBookings::session)
                .toList();
    }

    private static List<SuggestedSlot> suggest(Planning planning, SlotRequest request) {
        LocalDate today = planning.today();
        LocalDate until = request.dueBy().plusWeeks(1);
        if (until.isBefore(today.plusWeeks(LOOK_AHEAD_WEEKS))) {
            until = today.plusWeeks(LOOK_AHEAD_WEEKS);
        }
        if (until.isAfter(today.plusWeeks(LONGEST_LOOK_AHEAD_WEEKS))) {
            until = today.plusWeeks(LONGEST_LOOK_AHEAD_WEEKS);
        }
        return planning.slots().suggest(request, until);
    }
}
