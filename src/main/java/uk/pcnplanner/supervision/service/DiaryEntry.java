package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.TimeRange;

/**
 * Something in someone's diary: a booking, or an item of the latest solved plan that is not a
 * booking ({@code planned}). Whole-session items take the network's session times.
 *
 * @param bookingId null for planned items
 */
record DiaryEntry(Activity activity, LocalDate date, TimeRange times, Set<Long> people, Practice practice,
        Room room, Long bookingId, boolean planned) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    boolean involves(Long staffId) {
        return people.contains(staffId);
    }

    boolean overlaps(LocalDate day, TimeRange other) {
        return date.equals(day) && times.overlaps(other);
    }

    LocalDateTime start() {
        return date.atTime(times.start());
    }

    LocalDateTime end() {
        return date.atTime(times.end());
    }

    /** "a planned clinic at Castle Surgery on Tue 12 Jan 2027 08:30-12:30". */
    String describe() {
        String where = room != null ? " in " + room.getName() + " at " + room.getPractice().getName()
                : practice != null ? " at " + practice.getName() : "";
        return (planned ? "a planned " : "a booked ") + words(activity) + where + " on " + DAY.format(date) + " "
                + times;
    }

    static String words(Activity activity) {
        return switch (activity) {
            case CLINIC -> "clinic";
            case WORK -> "working session";
            case ONE_TO_ONE -> "one-to-one supervision";
            case DEBRIEF -> "debrief";
            case GROUP -> "group supervision";
        };
    }
}
