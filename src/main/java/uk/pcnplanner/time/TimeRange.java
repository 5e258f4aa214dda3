package uk.pcnplanner.time;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** A span of clock time within one day, such as the network's AM session "08:30-12:30". */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the end (" + end + ") must be after the start (" + start + ")");
        }
        // Text only carries minutes, so finer times could not survive a round trip through toString.
        if (!isWholeMinute(start) || !isWholeMinute(end)) {
            throw new IllegalArgumentException("times must be whole minutes, got " + start + " and " + end);
        }
    }

    public static TimeRange parse(String text) {
        String item = ScheduleText.clean(text);
        return ScheduleText.timeRange(ScheduleText.withoutSpacesAroundDashes(item), item, "expected HH:MM-HH:MM");
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Ranges that merely touch (one ends as the other starts) do not overlap. */
    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return ScheduleText.format(start) + "-" + ScheduleText.format(end);
    }

    private static boolean isWholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
