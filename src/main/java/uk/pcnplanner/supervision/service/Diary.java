package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.DatedSession;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.TimeRange;

/**
 * What people and rooms already do: bookings, the latest plan and leave. Answers whether a time
 * is free, and if not, why, in words naming who, what and when.
 */
final class Diary {

    private final TimeRange am;
    private final TimeRange pm;
    private final List<DiaryEntry> entries;
    private final List<LeavePeriod> leave;

    Diary(Network network, List<DiaryEntry> entries, List<LeavePeriod> leave) {
        this.am = network.amSession();
        this.pm = network.pmSession();
        this.entries = entries;
        this.leave = leave;
    }

    List<DiaryEntry> entries() {
        return entries;
    }

    /** The session a timed item belongs to, as the workbook contract says: AM until the PM session starts. */
    Half sessionOf(TimeRange times) {
        return times.start().isBefore(pm.start()) ? Half.AM : Half.PM;
    }

    /** Why the person cannot be there at that time, or empty when they are working and free. */
    Optional<String> whyUnavailable(Staff person, LocalDate date, TimeRange times, Predicate<DiaryEntry> ignored) {
        if (!person.isEmployedOn(date)) {
            return Optional.of(person.getName() + " is not employed on " + DiaryEntry.DAY.format(date));
        }
        Set<Half> halves = halvesTouched(times);
        Set<Half> needed = halves.isEmpty() ? worked(person, date) : halves;
        for (Half half : needed) {
            if (!person.getWorkingSessions().contains(date.getDayOfWeek(), half)) {
                return Optional.of(person.getName() + " does not work " + DiaryEntry.DAY.format(date) + " " + half);
            }
            Optional<LeavePeriod> away = leave.stream()
                    .filter(l -> l.getStaff().getId().equals(person.getId()))
                    .filter(l -> l.covers(new DatedSession(date, half)))
                    .findFirst();
            if (away.isPresent()) {
                return Optional.of(person.getName() + " is on leave " + away.get().describe());
            }
        }
        if (needed.isEmpty()) {
            return Optional.of(person.getName() + " does not work on " + DiaryEntry.DAY.format(date));
        }
        return entries.stream()
                .filter(e -> e.involves(person.getId()) && e.overlaps(date, times) && !ignored.test(e))
                .findFirst()
                .map(e -> person.getName() + " already has " + e.describe());
    }

    /** Why the room cannot be used then, or empty when it is free. */
    Optional<String> whyRoomTaken(Room room, LocalDate date, TimeRange times, Predicate<DiaryEntry> ignored) {
        Half session = sessionOf(times);
        String name = room.getName() + " at " + room.getPractice().getName();
        if (!room.getPractice().getOpenSessions().contains(date.getDayOfWeek(), session)) {
            return Optional.of(room.getPractice().getName() + " is closed on " + DiaryEntry.DAY.format(date) + " "
                    + session);
        }
        if (room.getUnavailable().contains(date.getDayOfWeek(), session)) {
            return Optional.of(name + " is in use by others every "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + session);
        }
        return entries.stream()
                .filter(e -> e.room() != null && e.room().getId().equals(room.getId()))
                .filter(e -> e.overlaps(date, times) && !ignored.test(e))
                .findFirst()
                .map(e -> name + " is taken by " + e.describe());
    }

    private Set<Half> halvesTouched(TimeRange times) {
        Set<Half> halves = EnumSet.noneOf(Half.class);
        if (am.overlaps(times)) {
            halves.add(Half.AM);
        }
        if (pm.overlaps(times)) {
            halves.add(Half.PM);
        }
        return halves;
    }

    // Between sessions (a lunchtime window) a person counts as at work when they work either half that day.
    private static Set<Half> worked(Staff person, LocalDate date) {
        Set<Half> halves = EnumSet.noneOf(Half.class);
        for (Half half : Half.values()) {
            if (person.getWorkingSessions().contains(date.getDayOfWeek(), half)) {
                halves.add(half);
            }
        }
        return halves;
    }
}
