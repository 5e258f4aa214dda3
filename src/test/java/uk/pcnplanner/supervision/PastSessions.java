package uk.pcnplanner.supervision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.domain.Booking;
import uk.pcnplanner.rota.domain.BookingRepository;

/** Supervision that was held before "now", written straight into the bookings, as history would be. */
public class PastSessions {

    private final BookingRepository bookings;
    private final NetworkRepository networks;
    private final DemoPeople people;

    PastSessions(BookingRepository bookings, NetworkRepository networks, DemoPeople people) {
        this.bookings = bookings;
        this.networks = networks;
        this.people = people;
    }

    public void held(Activity activity, LocalDate date, String supervisor, String supervisee) {
        Booking b = new Booking(networks.findFirstByOrderByIdAsc().orElseThrow(), date, people.get(supervisor),
                activity);
        b.setTime(LocalTime.of(12, 30), activity == Activity.DEBRIEF ? 30 : 60);
        b.setWith(Set.of(people.get(supervisee)));
        bookings.save(b);
    }

    public void forget() {
        bookings.deleteAll();
    }
}
