package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/**
 * One supervisee's standing for one kind of supervision: when it was last held, what is next,
 * and when it is due.
 *
 * @param lastHeld null when none is on record
 * @param next the next booked session, or else the next one the latest plan places; null for none
 * @param nextBooked whether {@code next} is a booking rather than a planned item
 * @param groupSize the most supervisees one session may hold (group supervision only)
 */
public record DueRow(Long superviseeId, String supervisee, String role, SupervisionKind kind, int minutes,
        int everyWeeks, Integer groupSize, LocalDate lastHeld, LocalDateTime next, boolean nextBooked, LocalDate dueBy,
        LocalDate today) {

    public boolean overdue() {
        return dueBy.isBefore(today);
    }

    public long daysOverdue() {
        return overdue() ? ChronoUnit.DAYS.between(dueBy, today) : 0;
    }

    /** Words a supervisor reads at a glance; overdue says so in text, not only in colour. */
    public String status() {
        if (overdue()) {
            long days = daysOverdue();
            return "Overdue by " + days + (days == 1 ? " day" : " days");
        }
        if (next != null && !next.toLocalDate().isAfter(dueBy)) {
            return nextBooked ? "Booked in time" : "Planned in time (not yet booked)";
        }
        long left = ChronoUnit.DAYS.between(today, dueBy);
        return left == 0 ? "Due today" : left <= 14 ? "Due in " + left + " days" : "Up to date";
    }
}
