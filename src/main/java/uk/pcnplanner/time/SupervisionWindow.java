package uk.pcnplanner.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A weekly slot in which a supervisor is available, e.g. "Thu 16:30-17:30 remote".
 *
 * @param remote the supervision may be held by video rather than in person
 */
public record SupervisionWindow(DayOfWeek day, LocalTime start, LocalTime end, boolean remote) {

    public SupervisionWindow {
        Objects.requireNonNull(day, "day");
        new TimeRange(start, end); // same rules as any other time range
    }

    public TimeRange times() {
        return new TimeRange(start, end);
    }

    /** Whether a meeting on {@code day} from {@code from} to {@code to} fits entirely inside this window. */
    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return this.day == day && times().contains(new TimeRange(from, to));
    }

    boolean overlaps(SupervisionWindow other) {
        return day == other.day && times().overlaps(other.times());
    }

    @Override
    public String toString() {
        return ScheduleText.shortName(day) + " " + times() + (remote ? " remote" : "");
    }
}
