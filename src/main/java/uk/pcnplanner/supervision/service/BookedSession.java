package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.pcnplanner.supervision.domain.SupervisionKind;

/** A booked supervision as the supervisor's page lists it; the version guards a later move or cancel. */
public record BookedSession(Long id, int version, SupervisionKind kind, LocalDate date, LocalTime start, int minutes,
        List<Long> superviseeIds, String supervisees, String place) {

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }

    /** "One-to-one supervision · Amara Okafor · Tue 12 Jan 2027 12:30-13:30 · Room 2, Castle Surgery". */
    public String describe() {
        return kind.label() + " · " + supervisees + " · " + DiaryEntry.DAY.format(date) + " " + start + "-" + end()
                + " · " + place;
    }
}
