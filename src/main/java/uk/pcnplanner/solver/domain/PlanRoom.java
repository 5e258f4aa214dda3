package uk.pcnplanner.solver.domain;

import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** A room as the solver sees it; {@code id} is the database id, so a plan maps back to it. */
public final class PlanRoom {

    private final long id;
    private final Site site;
    private final String name;
    private final RoomType type;
    private final int capacity;
    private final boolean accessible;
    private final SessionSet unavailable;

    public PlanRoom(long id, Site site, String name, RoomType type, int capacity, boolean accessible,
            SessionSet unavailable) {
        this.id = id;
        this.site = site;
        this.name = name;
        this.type = type;
        this.capacity = capacity;
        this.accessible = accessible;
        this.unavailable = unavailable;
    }

    /** Blocked when the period overlaps a session in which others use the room (a lunchtime slot does not). */
    public boolean isUnavailableIn(Period period) {
        for (Half half : period.overlappedSessions()) {
            if (unavailable.contains(period.dayOfWeek(), half)) {
                return true;
            }
        }
        return false;
    }

    public long id() {
        return id;
    }

    public Site site() {
        return site;
    }

    public String name() {
        return name;
    }

    public RoomType type() {
        return type;
    }

    public int capacity() {
        return capacity;
    }

    public boolean isAccessible() {
        return accessible;
    }

    @Override
    public String toString() {
        return name + " at " + site.name();
    }
}
