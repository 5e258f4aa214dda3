package uk.pcnplanner.solver.domain;

import java.time.LocalDate;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.TimeRange;

/**
 * The rota's weeks and session times, and the network-wide settings soft rules measure against.
 *
 * @param practicesPerWeek how many practices a person may serve in a week before it counts as too many
 *     (research on these roles finds about two, one of them the base, works best)
 * @param unpopular the sessions people would rather not work, shared out fairly
 */
public record Horizon(
        LocalDate rotaStart, int weeks, TimeRange am, TimeRange pm, int practicesPerWeek, SessionSet unpopular) {

    /** The same weeks and times, measured against the director's rotation rules. */
    public Horizon withRotation(int practices, SessionSet unpopularSessions) {
        return new Horizon(rotaStart, weeks, am, pm, practices, unpopularSessions);
    }

    public TimeRange times(Half half) {
        return half == Half.AM ? am : pm;
    }

    public LocalDate weekStart(int week) {
        return rotaStart.plusWeeks(week);
    }

    public boolean isUnpopular(Period period) {
        return period.isWholeSession() && unpopular.contains(period.weekly());
    }

    /** Sessions of the person's pattern in that week, leave and days outside employment removed. */
    public int availableSessions(Person person, int week) {
        int count = 0;
        for (int d = 0; d < 7; d++) {
            LocalDate date = weekStart(week).plusDays(d);
            for (Half half : Half.values()) {
                if (person.worksIn(date.getDayOfWeek(), half) && person.isEmployedOn(date)
                        && !person.isOnLeave(date, half)) {
                    count++;
                }
            }
        }
        return count;
    }
}
