package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;

/**
 * A supervision to find a time for: who, what, how long, by when, and from when on.
 *
 * @param moving the booking being rescheduled, whose own time does not count as taken; null for a new one
 */
record SlotRequest(Staff supervisor, List<Staff> supervisees, Activity activity, int minutes, LocalDate dueBy,
        LocalDateTime now, Long moving) {

    List<Staff> everyone() {
        return Stream.concat(Stream.of(supervisor), supervisees.stream()).toList();
    }

    /**
     * Diary entries this supervision replaces: the booking being moved, and the latest plan's own
     * placing of the same supervision (a booking supersedes it at the next solve).
     */
    Predicate<DiaryEntry> replaced() {
        return e -> (moving != null && Objects.equals(e.bookingId(), moving))
                || (e.planned() && e.activity() == activity
                        && supervisees.stream().anyMatch(s -> e.involves(s.getId())));
    }
}
