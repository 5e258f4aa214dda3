package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time the supervision could be held, with a room or remote, and why it is suggested.
 *
 * @param roomId null when remote
 */
public record SuggestedSlot(LocalDate date, LocalTime start, int minutes, boolean remote, Long roomId,
        String roomName, String practiceName, boolean beforeDue, String reason) {

    public LocalTime end() {
        return start.plusMinutes(minutes);
    }

    /** "Tue 12 Jan 2027 12:30-13:30 · Room 2, Castle Surgery" or "… · remote". */
    public String describe() {
        return DiaryEntry.DAY.format(date) + " " + start + "-" + end() + " · "
                + (remote ? "remote (video)" : roomName + ", " + practiceName);
    }
}
