package uk.pcnplanner.calendar.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;
import uk.pcnplanner.staff.domain.Staff;

/** Booked supervision: one-to-ones, debriefs and group sessions at a fixed time. */
@Component
class BookedSupervisionEvents {

    private static final Set<Activity> SUPERVISION = EnumSet.of(Activity.ONE_TO_ONE, Activity.DEBRIEF, Activity.GROUP);

    private final BookingRepository bookings;
    private final Clock clock;

    BookedSupervisionEvents(BookingRepository bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    List<CalendarEvent> events(Network network) {
        return bookings.findByNetworkOrderByBookingDateAscStartTimeAsc(network).stream()
                .filter(b -> SUPERVISION.contains(b.getActivity()))
                .filter(b -> b.getStartTime() != null && b.getMinutes() != null)
                .map(b -> event(network, b))
                .toList();
    }

    // A booking has no modification time, so its stamp is the export's; its version says whether it changed.
    private CalendarEvent event(Network network, Booking booking) {
        List<Staff> people = new ArrayList<>(new LinkedHashSet<>(participants(booking)));
        return new CalendarEvent("network-" + network.getId() + "|booking|" + booking.getId(), booking.getVersion(),
                clock.instant(), booking.getBookingDate(), booking.getStartTime(),
                booking.getStartTime().plusMinutes(booking.getMinutes()),
                EventWords.summary(booking.getActivity(), people),
                EventWords.location(booking.getActivity(), booking.getPractice(), booking.getRoom()),
                EventWords.description(booking.getActivity(), true),
                people.stream().map(Staff::getId).collect(Collectors.toSet()));
    }

    private static List<Staff> participants(Booking booking) {
        List<Staff> people = new ArrayList<>();
        people.add(booking.getStaff());
        people.addAll(booking.getWith());
        return people;
    }
}
