package uk.pcnplanner.solver.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.time.DatedSession;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindow;
import uk.pcnplanner.time.SupervisionWindows;

/** A member of staff as the solver sees them: pattern, leave, employment, room needs and supervision. */
public final class Person {

    private final String code;
    private final String name;
    private final String role;
    private final Site base;
    private final SessionSet pattern;
    private LocalDate employedFrom;
    private LocalDate employedUntil;
    private final Set<DatedSession> leave = new HashSet<>();
    private RoomNeed roomNeed = RoomNeed.CONSULTING;
    private boolean needsAccessible;
    private Person supervisor;
    private SupervisionWindows windows = SupervisionWindows.none();
    private int capacity = 6;

    public Person(String code, String name, String role, Site base, SessionSet pattern) {
        this.code = code;
        this.name = name;
        this.role = role;
        this.base = base;
        this.pattern = pattern;
    }

    public Person employed(LocalDate from, LocalDate until) {
        employedFrom = from;
        employedUntil = until;
        return this;
    }

    public Person onLeave(LocalDate date, Half half) {
        leave.add(new DatedSession(date, half));
        return this;
    }

    public Person needing(RoomNeed need, boolean accessible) {
        roomNeed = need;
        needsAccessible = accessible;
        return this;
    }

    public Person supervisedBy(Person supervisor) {
        this.supervisor = supervisor;
        return this;
    }

    public Person supervising(SupervisionWindows windows, int capacity) {
        this.windows = windows;
        this.capacity = capacity;
        return this;
    }

    public boolean worksIn(DayOfWeek day, Half half) {
        return pattern.contains(day, half);
    }

    /** Whole-session items need that session in the pattern; timed items only a working day. */
    public boolean worksIn(Period period) {
        if (period.isWholeSession()) {
            return worksIn(period.dayOfWeek(), period.session());
        }
        return worksOn(period.dayOfWeek());
    }

    public boolean worksOn(DayOfWeek day) {
        return worksIn(day, Half.AM) || worksIn(day, Half.PM);
    }

    public boolean isEmployedOn(LocalDate date) {
        return (employedFrom == null || !date.isBefore(employedFrom))
                && (employedUntil == null || !date.isAfter(employedUntil));
    }

    public boolean isOnLeave(LocalDate date, Half half) {
        return leave.contains(new DatedSession(date, half));
    }

    public boolean isOnLeave(Period period) {
        if (isOnLeave(period.date(), period.session())) {
            return true;
        }
        return period.overlappedSessions().stream().anyMatch(half -> isOnLeave(period.date(), half));
    }

    /** The window the period lies wholly inside, or null. */
    public SupervisionWindow windowCovering(Period period) {
        for (SupervisionWindow window : windows.windows()) {
            if (window.covers(period.dayOfWeek(), period.times().start(), period.times().end())) {
                return window;
            }
        }
        return null;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public Site base() {
        return base;
    }

    public SessionSet pattern() {
        return pattern;
    }

    public RoomNeed roomNeed() {
        return roomNeed;
    }

    public boolean needsAccessible() {
        return needsAccessible;
    }

    public Person supervisor() {
        return supervisor;
    }

    public SupervisionWindows windows() {
        return windows;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return name;
    }
}
