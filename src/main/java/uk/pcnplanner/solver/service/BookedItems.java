package uk.pcnplanner.solver.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.Site;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.TimeRange;

/**
 * The network's bookings inside the horizon, each to become exactly one fixed item: first those
 * that meet a planned item (a clinic of the demand, a due supervision), then every one left over.
 */
final class BookedItems {

    private final Horizon horizon;
    private final PeopleMapper facts;
    private final List<Booking> bookings;
    private final Set<Booking> used = Collections.newSetFromMap(new IdentityHashMap<>());

    BookedItems(List<Booking> all, Horizon horizon, PeopleMapper facts) {
        this.horizon = horizon;
        this.facts = facts;
        LocalDate end = horizon.weekStart(horizon.weeks());
        this.bookings = all.stream()
                .filter(b -> !b.getBookingDate().isBefore(horizon.rotaStart()) && b.getBookingDate().isBefore(end))
                .filter(b -> period(b) != null)
                .toList();
    }

    /** Takes the first unused booking of that activity that passes the test; it is then used. */
    Booking take(Activity activity, Predicate<Booking> test) {
        Booking found = unused(activity).filter(test).findFirst().orElse(null);
        if (found != null) {
            used.add(found);
        }
        return found;
    }

    /** Every booking of that activity nothing has taken yet, now taken. */
    List<Booking> rest(Activity activity) {
        List<Booking> rest = new ArrayList<>(unused(activity).toList());
        used.addAll(rest);
        return rest;
    }

    /** Whether the person has a whole-session booking in that period: their pattern item is then not planned. */
    boolean holdsSession(Staff staff, Period period) {
        return bookings.stream().filter(b -> b.getActivity().isWholeSession())
                .anyMatch(b -> b.getStaff().getId().equals(staff.getId()) && overlaps(period(b), period));
    }

    /** A timed booking takes its start and minutes; a whole-session one its session. */
    Period period(Booking b) {
        if (b.getStartTime() != null && b.getMinutes() != null && b.getMinutes() > 0) {
            return Period.timed(horizon, b.getBookingDate(),
                    new TimeRange(b.getStartTime(), b.getStartTime().plusMinutes(b.getMinutes())));
        }
        return b.getHalf() == null ? null : Period.session(horizon, b.getBookingDate(), b.getHalf());
    }

    PlanRoom room(Booking b) {
        return b.getRoom() == null ? null : facts.rooms.get(b.getRoom().getId());
    }

    /** Where it happens: the room's practice, else the practice named, else the person's base. */
    Site site(Booking b) {
        Practice at = b.getRoom() != null ? b.getRoom().getPractice()
                : b.getPractice() != null ? b.getPractice() : b.getStaff().getBasePractice();
        return facts.site(at);
    }

    int weekOf(Booking b) {
        return period(b).week();
    }

    static boolean involves(Booking booking, Staff staff) {
        return booking.getStaff().getId().equals(staff.getId())
                || booking.getWith().stream().anyMatch(w -> w.getId().equals(staff.getId()));
    }

    private Stream<Booking> unused(Activity activity) {
        return bookings.stream().filter(b -> b.getActivity() == activity && !used.contains(b));
    }

    private static boolean overlaps(Period a, Period b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
