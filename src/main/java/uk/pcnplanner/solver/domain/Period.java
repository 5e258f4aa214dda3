package uk.pcnplanner.solver.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.TimeRange;
import uk.pcnplanner.time.WeeklySession;

/**
 * When an item happens on the rota's time grid: a whole session (clinics, room bookings) or a
 * timed span inside or between sessions (supervision on a 30-minute grid, e.g. a lunchtime window).
 */
public final class Period {

    private static final int MINUTES_A_DAY = 24 * 60;

    private final LocalDate date;
    private final int day;
    private final TimeRange times;
    private final Half session;
    private final boolean wholeSession;
    private final Set<Half> overlapped;

    private Period(LocalDate rotaStart, LocalDate date, TimeRange times, Half session, boolean whole, Set<Half> over) {
        this.date = date;
        this.day = (int) ChronoUnit.DAYS.between(rotaStart, date);
        this.times = times;
        this.session = session;
        this.wholeSession = whole;
        this.overlapped = over;
    }

    public static Period session(Horizon horizon, LocalDate date, Half half) {
        return new Period(horizon.rotaStart(), date, horizon.times(half), half, true, EnumSet.of(half));
    }

    /** A timed item takes the session it starts in (AM before the PM session starts), as the contract says. */
    public static Period timed(Horizon horizon, LocalDate date, TimeRange times) {
        Half start = times.start().isBefore(horizon.times(Half.PM).start()) ? Half.AM : Half.PM;
        Set<Half> over = EnumSet.noneOf(Half.class);
        for (Half half : Half.values()) {
            if (horizon.times(half).overlaps(times)) {
                over.add(half);
            }
        }
        return new Period(horizon.rotaStart(), date, times, start, false, over);
    }

    public LocalDate date() {
        return date;
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    public int week() {
        return day / 7;
    }

    public TimeRange times() {
        return times;
    }

    public Half session() {
        return session;
    }

    public WeeklySession weekly() {
        return new WeeklySession(date.getDayOfWeek(), session);
    }

    public boolean isWholeSession() {
        return wholeSession;
    }

    /** The sessions whose clock times this period overlaps: what a room's "unavailable" list blocks. */
    public Set<Half> overlappedSessions() {
        return overlapped;
    }

    /** Minutes from the rota start, so overlaps can be joined on plain numbers. */
    public int start() {
        return day * MINUTES_A_DAY + times.start().toSecondOfDay() / 60;
    }

    public int end() {
        return day * MINUTES_A_DAY + times.end().toSecondOfDay() / 60;
    }

    @Override
    public String toString() {
        String when = date.getDayOfWeek().toString().substring(0, 1) + date.getDayOfWeek().toString().substring(1, 3).toLowerCase();
        return when + " " + date + (wholeSession ? " " + session : " " + times);
    }
}
