package uk.pcnplanner.supervision.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/**
 * Booking, moving and cancelling supervision. Every change re-checks both people's diaries and
 * the room, is refused with the clash in words, and is audited. A booking is a fixed item: the
 * solver keeps it where it is and counts it towards what is due.
 */
@Service
public class SupervisionBookings {

    private final PlanningReader reader;
    private final SupervisionAccess access;
    private final BookingRepository bookings;
    private final AuditService audit;
    private final EntityManager em;

    SupervisionBookings(PlanningReader reader, SupervisionAccess access, BookingRepository bookings,
            AuditService audit, EntityManager em) {
        this.reader = reader;
        this.access = access;
        this.bookings = bookings;
        this.audit = audit;
        this.em = em;
    }

    @DirectorOrSupervisor
    @Transactional
    public BookedSession book(Long supervisorId, List<Long> superviseeIds, SupervisionKind kind, SuggestedSlot slot) {
        Staff supervisor = access.supervisor(supervisorId);
        List<Staff> supervisees = access.supervisees(supervisor, superviseeIds);
        Planning planning = lockAndRead(supervisor, supervisees, slot);
        SlotRequest request = planning.request(supervisor, supervisees, kind, null);
        Room room = room(planning, slot);
        refuseClash(planning, request, slot, room);
        Booking booking = new Booking(supervisor.getNetwork(), slot.date(), supervisor, Activity.valueOf(kind.name()));
        place(booking, slot, request.minutes(), room);
        booking.setWith(new LinkedHashSet<>(supervisees));
        Booking saved = bookings.saveAndFlush(booking);
        audit.created(new BookingRecord(saved));
        return session(saved);
    }

    @DirectorOrSupervisor
    @Transactional
    public BookedSession reschedule(Long bookingId, int shownVersion, SuggestedSlot slot) {
        Booking booking = current(bookingId, shownVersion);
        Staff supervisor = access.supervisor(booking.getStaff().getId());
        List<Staff> supervisees = List.copyOf(booking.getWith());
        Planning planning = lockAndRead(supervisor, supervisees, slot);
        SupervisionKind kind = SupervisionKind.valueOf(booking.getActivity().name());
        SlotRequest request = planning.request(supervisor, supervisees, kind, bookingId);
        Room room = room(planning, slot);
        refuseClash(planning, request, slot, room);
        Map<String, String> before = new BookingRecord(booking).auditValues();
        booking.setBookingDate(slot.date());
        place(booking, slot, request.minutes(), room);
        try {
            Booking saved = bookings.saveAndFlush(booking);
            audit.updated(before, new BookingRecord(saved));
            return session(saved);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EditChecks.changedElsewhere(new BookingRecord(booking), e);
        }
    }

    @DirectorOrSupervisor
    @Transactional
    public void cancel(Long bookingId, int shownVersion) {
        Booking booking = current(bookingId, shownVersion);
        access.supervisor(booking.getStaff().getId());
        bookings.delete(booking);
        audit.deleted(new BookingRecord(booking));
    }

    static Booking find(BookingRepository bookings, Long bookingId) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new InvalidEditException("Booking",
                "this supervision was cancelled by someone else since you opened the page"));
        EditChecks.require(isSupervision(booking), "Booking", "only supervision and debriefs are booked here");
        return booking;
    }

    static boolean isSupervision(Booking b) {
        return !b.getActivity().isWholeSession() && b.getStartTime() != null && b.getMinutes() != null;
    }

    static BookedSession session(Booking b) {
        return new BookedSession(b.getId(), b.getVersion(), SupervisionKind.valueOf(b.getActivity().name()),
                b.getBookingDate(), b.getStartTime(), b.getMinutes(), b.getWith().stream().map(Staff::getId).toList(),
                BookingRecord.supervisees(b), BookingRecord.place(b));
    }

    private Booking current(Long bookingId, int shownVersion) {
        Booking booking = find(bookings, bookingId);
        if (booking.getVersion() != shownVersion) {
            throw EditChecks.changedElsewhere(new BookingRecord(booking),
                    new ObjectOptimisticLockingFailureException(Booking.class, bookingId));
        }
        return booking;
    }

    // Locking everyone involved (and the room) makes two bookings of the same people or room wait for each other.
    private Planning lockAndRead(Staff supervisor, List<Staff> supervisees, SuggestedSlot slot) {
        List<Staff> everyone = new ArrayList<>(supervisees);
        everyone.add(supervisor);
        everyone.forEach(s -> em.lock(s, LockModeType.PESSIMISTIC_WRITE));
        if (slot.roomId() != null) {
            Room room = em.find(Room.class, slot.roomId());
            if (room != null) {
                em.lock(room, LockModeType.PESSIMISTIC_WRITE);
            }
        }
        return reader.read();
    }

    private static Room room(Planning planning, SuggestedSlot slot) {
        if (slot.roomId() == null) {
            return null;
        }
        return planning.rooms().stream().filter(r -> r.getId().equals(slot.roomId())).findFirst()
                .orElseThrow(() -> new InvalidEditException("Room", "that room no longer exists: choose another time"));
    }

    private static void refuseClash(Planning planning, SlotRequest request, SuggestedSlot slot, Room room) {
        planning.slots().whyNot(request, slot.date(), slot.start(), room).ifPresent(why -> {
            throw new InvalidEditException("Time", why);
        });
    }

    private static void place(Booking booking, SuggestedSlot slot, int minutes, Room room) {
        booking.setTime(slot.start(), minutes);
        booking.setHalf(null);
        booking.setRoom(room);
        booking.setPractice(room == null ? null : room.getPractice());
    }
}
