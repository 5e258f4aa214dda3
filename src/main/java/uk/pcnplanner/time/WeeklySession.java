package uk.pcnplanner.time;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.Objects;

/** A recurring half-day slot in the weekly template, such as "Mon AM". */
public record WeeklySession(DayOfWeek day, Half half) implements Comparable<WeeklySession> {

    private static final Comparator<WeeklySession> ORDER =
            Comparator.comparing(WeeklySession::day).thenComparing(WeeklySession::half);

    public WeeklySession {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(half, "half");
    }

    @Override
    public int compareTo(WeeklySession other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return ScheduleText.shortName(day) + " " + half;
    }
}
