package uk.pcnplanner.solver.domain;

import java.util.List;

/** What every kind of item offers the rules, so one rule covers clinics, room bookings and supervision. */
public interface PlanItem {

    long id();

    /** Whether the item has everything it needs (a person, a time, a room unless remote). */
    boolean isPlaced();

    boolean isPinned();

    /** Empty unless placed: an unplaced item holds no one. */
    List<Occupancy> occupancies();

    /** Empty unless placed in a room. */
    List<RoomUse> roomUses();

    /** The item's session, or null while it has none. */
    Period period();

    /** The item's room, or null (not yet placed, no room needed, or remote). */
    PlanRoom room();

    /**
     * The person the item is about: the clinic's or working session's person; for supervision the
     * first supervisee, or the supervisor of a session booked for no one yet.
     */
    Person lead();

    /** A stable name across re-solves, so a saved plan maps back onto a new problem. */
    String key();
}
