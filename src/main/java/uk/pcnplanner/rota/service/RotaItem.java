package uk.pcnplanner.rota.service;

import java.time.LocalDate;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.Half;

/**
 * One item of a draft rota as the rota page shows it, copied out of the entities so the page
 * needs no open transaction.
 *
 * @param date null when the item is unassigned
 * @param role the code of the person's role; null when no one is assigned
 * @param reason why it could not be placed; null when it was
 */
public record RotaItem(String key, Activity activity, LocalDate date, Half half, String time, String person,
        String role, String practice, String room, boolean pinned, String reason) {

    public boolean isPlaced() {
        return reason == null;
    }

    /** "Sam Taylor · Room 2", the way a rota cell reads. */
    public String who() {
        return (person == null ? "No one" : person) + (room == null ? "" : " · " + room);
    }

    /** "Clinic · Sam Taylor · Mon 1 Feb 2027 PM at Castle Surgery", for lists outside the grid. */
    public String describe() {
        String what = activity.name().charAt(0) + activity.name().substring(1).toLowerCase().replace('_', '-');
        String when = date == null ? "" : " · " + RotaWeeks.day(date) + " " + (time == null ? half : time);
        return what + " · " + (person == null ? "no one" : person) + when + (practice == null ? "" : " at " + practice);
    }
}
