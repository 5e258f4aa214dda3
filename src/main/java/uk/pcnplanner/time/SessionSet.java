package uk.pcnplanner.time;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.SequencedSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An immutable set of weekly half-day sessions, read from and written as a session list such as
 * {@code "Mon-Wed, Thu AM"}.
 */
public final class SessionSet {

    // One bit per session, two per day in DayOfWeek order (AM then PM): the week has only 14 sessions.
    private static final int BOTH_HALVES = 0b11;
    private static final int DAYS = DayOfWeek.values().length;
    private static final SessionSet NONE = new SessionSet(0);
    private static final SessionSet WEEKDAYS = new SessionSet((1 << (2 * 5)) - 1);
    private static final String SHAPE = "expected DAY, DAY SESSION, DAY-DAY or DAY-DAY SESSION";

    private final int bits;

    private SessionSet(int bits) {
        this.bits = bits;
    }

    /**
     * Reads a session list: items such as {@code Mon}, {@code Mon AM}, {@code Mon-Fri} or {@code Mon-Fri PM},
     * separated by commas or semicolons. A day without a session means both halves; blank or null means none.
     *
     * @throws InvalidScheduleTextException naming the offending item, worded for the person who typed it
     */
    public static SessionSet parse(String text) {
        int bits = 0;
        for (String item : ScheduleText.items(text)) {
            bits |= parseItem(item);
        }
        return new SessionSet(bits);
    }

    private static int parseItem(String item) {
        String[] words = ScheduleText.words(item);
        String[] ends = words[0].split("-", -1);
        if (words.length > 2 || ends.length > 2 || ends[0].isEmpty() || ends[ends.length - 1].isEmpty()) {
            throw ScheduleText.error(item, SHAPE);
        }
        DayOfWeek first = ScheduleText.day(ends[0]);
        DayOfWeek last = ends.length == 2 ? ScheduleText.day(ends[1]) : first;
        if (last.compareTo(first) < 0) {
            throw ScheduleText.error(item, "a day range must run forwards, e.g. Mon-Fri");
        }
        int halves = words.length == 1 ? BOTH_HALVES : 1 << ScheduleText.half(words[1], item).ordinal();
        int bits = 0;
        for (int day = first.ordinal(); day <= last.ordinal(); day++) {
            bits |= halves << (2 * day);
        }
        return bits;
    }

    public static SessionSet none() {
        return NONE;
    }

    /** Monday to Friday, both halves: the usual opening hours of a practice. */
    public static SessionSet weekdays() {
        return WEEKDAYS;
    }

    public static SessionSet of(WeeklySession... sessions) {
        return new SessionSet(Arrays.stream(sessions)
                .mapToInt(session -> bit(session.day(), session.half()))
                .reduce(0, (a, b) -> a | b));
    }

    public boolean contains(WeeklySession session) {
        return contains(session.day(), session.half());
    }

    public boolean contains(DayOfWeek day, Half half) {
        return (bits & bit(day, half)) != 0;
    }

    public boolean containsAll(SessionSet other) {
        return (other.bits & ~bits) == 0;
    }

    public int size() {
        return Integer.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** In week order, Monday AM first. */
    public Set<WeeklySession> sessions() {
        SequencedSet<WeeklySession> sessions = new LinkedHashSet<>();
        for (int i = 0; i < 2 * DAYS; i++) {
            if ((bits & 1 << i) != 0) {
                sessions.add(new WeeklySession(DayOfWeek.values()[i / 2], Half.values()[i % 2]));
            }
        }
        return Collections.unmodifiableSequencedSet(sessions);
    }

    public SessionSet union(SessionSet other) {
        return new SessionSet(bits | other.bits);
    }

    public SessionSet minus(SessionSet other) {
        return new SessionSet(bits & ~other.bits);
    }

    /**
     * The shortest list {@link #parse} reads back to this set: runs of days with the same halves become
     * ranges, e.g. {@code "Mon-Wed, Thu AM"}; no sessions is the empty string.
     */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ");
        int day = 0;
        while (day < DAYS) {
            int halves = halvesOn(day);
            if (halves == 0) {
                day++;
                continue;
            }
            int last = day;
            while (last + 1 < DAYS && halvesOn(last + 1) == halves) {
                last++;
            }
            String days = ScheduleText.shortName(DayOfWeek.values()[day])
                    + (last == day ? "" : "-" + ScheduleText.shortName(DayOfWeek.values()[last]));
            text.add(halves == BOTH_HALVES ? days : days + " " + (halves == 1 ? Half.AM : Half.PM));
            day = last + 1;
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionSet set && set.bits == bits;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(bits);
    }

    private int halvesOn(int day) {
        return (bits >> (2 * day)) & BOTH_HALVES;
    }

    private static int bit(DayOfWeek day, Half half) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(half, "half");
        return 1 << (2 * day.ordinal() + half.ordinal());
    }
}
