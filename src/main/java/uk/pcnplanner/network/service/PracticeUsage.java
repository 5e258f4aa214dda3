package uk.pcnplanner.network.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.TimeRange;

/**
 * What still refers to a practice or room, asked in JPQL so this feature need not depend on the
 * staff, rota and budget features that refer to it.
 */
@Component
class PracticeUsage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final EntityManager em;

    PracticeUsage(EntityManager em) {
        this.em = em;
    }

    /** A sentence naming what uses the practice, or null when it can go. */
    String whyInUse(Practice practice) {
        List<String> uses = new ArrayList<>();
        count(uses, "select count(s) from Staff s where s.basePractice = :p", practice, "the base practice of %d staff");
        count(uses, "select count(s) from Staff s join s.practices p where p = :p", practice, "a practice %d staff work at");
        count(uses, "select count(b) from Booking b where b.practice = :p", practice, "the place of %d bookings");
        count(uses, "select count(pp) from PlannedPost pp where pp.practice = :p", practice, "the base of %d planned posts");
        count(uses, "select count(u) from AppUser u where u.practice = :p", practice, "the practice of %d portal users");
        return uses.isEmpty() ? null : "it is " + String.join(", ", uses) + ". Move them first.";
    }

    String whyInUse(Room room) {
        long bookings = em.createQuery("select count(b) from Booking b where b.room = :r", Long.class)
                .setParameter("r", room)
                .getSingleResult();
        return bookings == 0 ? null : "it is booked for " + bookings + " fixed items. Cancel or move them first.";
    }

    /**
     * A sentence naming the first booking from {@code from} on that falls in a session the room is now
     * kept back for, or null: bookings never move, so keeping the room back then would leave a broken rule.
     */
    String bookedWhileKeptBack(Room room, LocalDate from) {
        List<Object[]> booked = em.createQuery("select b.bookingDate, b.half, b.startTime, b.minutes, b.activity, "
                        + "s.name from Booking b join b.staff s where b.room = :r and b.bookingDate >= :from "
                        + "order by b.bookingDate, b.startTime", Object[].class)
                .setParameter("r", room)
                .setParameter("from", from)
                .getResultList();
        Network network = room.getPractice().getNetwork();
        for (Object[] b : booked) {
            LocalDate date = (LocalDate) b[0];
            for (Half half : halves((Half) b[1], (LocalTime) b[2], (Integer) b[3], network)) {
                if (room.getUnavailable().contains(date.getDayOfWeek(), half)) {
                    return room.getName() + " is booked on " + date.format(DAY) + " " + half + " (" + words(b[4])
                            + ", " + b[5] + "). Move or cancel that booking before keeping the room back then.";
                }
            }
        }
        return null;
    }

    /** The sessions a booking takes up: its half, or those its time overlaps (a lunchtime slot overlaps none). */
    private static List<Half> halves(Half half, LocalTime start, Integer minutes, Network network) {
        if (half != null || start == null || minutes == null) {
            return half == null ? List.of() : List.of(half);
        }
        TimeRange time = new TimeRange(start, start.plusMinutes(minutes));
        List<Half> taken = new ArrayList<>();
        if (time.overlaps(network.amSession())) {
            taken.add(Half.AM);
        }
        if (time.overlaps(network.pmSession())) {
            taken.add(Half.PM);
        }
        return taken;
    }

    private static String words(Object activity) {
        return activity.toString().toLowerCase(Locale.UK).replace('_', ' ');
    }

    void deleteRoomsAndDemand(Practice practice) {
        em.createQuery("delete from ClinicDemand d where d.practice = :p").setParameter("p", practice).executeUpdate();
        em.createQuery("delete from Room r where r.practice = :p").setParameter("p", practice).executeUpdate();
    }

    private void count(List<String> uses, String jpql, Practice practice, String sentence) {
        long n = em.createQuery(jpql, Long.class).setParameter("p", practice).getSingleResult();
        if (n > 0) {
            uses.add(sentence.formatted(n));
        }
    }
}
