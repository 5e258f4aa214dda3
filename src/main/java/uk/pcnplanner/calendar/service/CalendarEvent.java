package uk.pcnplanner.calendar.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * One rota or supervision item as it goes into the calendars of the people in it.
 *
 * @param identity what makes the item itself across exports (network and item key, or booking id),
 *     so a calendar that imports it again updates the event rather than adding a second one
 * @param sequence rises whenever the item may have changed (a new plan, a new booking version)
 * @param stamp when the item was last produced or changed
 * @param start London clock time, as people read the rota
 * @param location a practice, a room at a practice, or "Remote"; null when the plan names none
 * @param staffIds everyone whose calendar shows it
 */
public record CalendarEvent(String identity, int sequence, Instant stamp, LocalDate date, LocalTime start,
        LocalTime end, String summary, String location, String description, Set<Long> staffIds) {

    public CalendarEvent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        staffIds = Set.copyOf(staffIds);
    }

    public boolean involves(long staffId) {
        return staffIds.contains(staffId);
    }
}
