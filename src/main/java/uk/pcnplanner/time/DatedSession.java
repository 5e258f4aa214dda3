package uk.pcnplanner.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** A half-day on a particular calendar date, i.e. one occurrence of a {@link WeeklySession}. */
public record DatedSession(LocalDate date, Half half) implements Comparable<DatedSession> {

    private static final Comparator<DatedSession> ORDER =
            Comparator.comparing(DatedSession::date).thenComparing(DatedSession::half);

    public DatedSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(half, "half");
    }

    public WeeklySession weekly() {
        return new WeeklySession(date.getDayOfWeek(), half);
    }

    @Override
    public int compareTo(DatedSession other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return date + " " + half;
    }
}
