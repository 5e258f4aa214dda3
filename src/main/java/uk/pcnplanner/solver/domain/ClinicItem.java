package uk.pcnplanner.solver.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import uk.pcnplanner.time.SessionSet;

/**
 * One clinic session a practice asked for in one week: who runs it, in which session and room.
 * Each decision may stay empty, so an impossible clinic is reported instead of breaking a hard rule.
 */
@PlanningEntity
public class ClinicItem implements PlanItem {

    private long id;
    private Site practice;
    private String role;
    private int week;
    private int number;
    private SessionSet preferred;
    @ValueRangeProvider(id = "clinicPeople")
    private List<Person> candidates;
    @ValueRangeProvider(id = "clinicPeriods")
    private List<Period> periods;
    @ValueRangeProvider(id = "clinicRooms")
    private List<PlanRoom> rooms;

    @PlanningPin
    private boolean pinned;
    private boolean booked;

    @PlanningVariable(valueRangeProviderRefs = "clinicPeople", nullable = true)
    private Person person;

    @PlanningVariable(valueRangeProviderRefs = "clinicPeriods", nullable = true)
    private Period period;

    @PlanningVariable(valueRangeProviderRefs = "clinicRooms", nullable = true)
    private PlanRoom room;

    ClinicItem() {}

    /**
     * @param number which of the practice's clinics that week this is, for a stable key
     * @param candidates who may run it; periods: the sessions of its week; rooms: the practice's rooms
     */
    public ClinicItem(long id, Site practice, String role, int week, int number, SessionSet preferred,
            List<Person> candidates, List<Period> periods, List<PlanRoom> rooms) {
        this.id = id;
        this.practice = practice;
        this.role = role;
        this.week = week;
        this.number = number;
        this.preferred = preferred;
        this.candidates = candidates;
        this.periods = periods;
        this.rooms = rooms;
    }

    public ClinicItem place(Person person, Period period, PlanRoom room) {
        this.person = person;
        this.period = period;
        this.room = room;
        return this;
    }

    public ClinicItem pin() {
        pinned = true;
        return this;
    }

    /** Pinned as booked: it holds its person (and room, if one is named) even when no room was booked. */
    public ClinicItem book() {
        booked = true;
        return pin();
    }

    @Override
    public boolean isPlaced() {
        return person != null && period != null && (booked || room != null || !person.roomNeed().needsRoom());
    }

    @Override
    public List<Occupancy> occupancies() {
        return isPlaced() ? List.of(new Occupancy(person, period, practice, room, id)) : List.of();
    }

    @Override
    public List<RoomUse> roomUses() {
        if (!isPlaced() || room == null) {
            return List.of();
        }
        return List.of(new RoomUse(room, period, id, person.roomNeed().fits(room.type()), person.needsAccessible()));
    }

    /**
     * Whether this clinic could take this placement without breaking a hard rule of its own: the
     * person works that session, is not on leave and is employed; the practice is open; the room,
     * if any, is free of the practice's own use, suits the person and is accessible when needed.
     * A placement that leaves the clinic unplaced counts only when it leaves all three empty, as
     * the partly filled ones are the same plan. Clashes with other items are the score's to judge.
     */
    public boolean couldBePlaced(Person who, Period when, PlanRoom where) {
        if (who == null || when == null || (where == null && who.roomNeed().needsRoom())) {
            return who == null && when == null && where == null;
        }
        boolean personFree = who.worksIn(when) && !who.isOnLeave(when) && who.isEmployedOn(when.date());
        boolean roomFits = where == null || (!where.isUnavailableIn(when) && who.roomNeed().fits(where.type())
                && (!who.needsAccessible() || where.isAccessible()));
        return personFree && practice.isOpen(when) && roomFits;
    }

    public boolean isPreferred() {
        return preferred.isEmpty() || preferred.contains(period.weekly());
    }

    @Override
    public String key() {
        return "CLINIC|" + practice.code() + "|" + role + "|" + week + "|" + number;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean isPinned() {
        return pinned;
    }

    public Site practice() {
        return practice;
    }

    public String role() {
        return role;
    }

    public int week() {
        return week;
    }

    public Person person() {
        return person;
    }

    @Override
    public Person lead() {
        return person;
    }

    public Period period() {
        return period;
    }

    public PlanRoom room() {
        return room;
    }

    public List<Person> candidates() {
        return candidates;
    }

    public List<Period> periods() {
        return periods;
    }

    public List<PlanRoom> rooms() {
        return rooms;
    }

    @Override
    public String toString() {
        return role + " clinic at " + practice.name() + " in week " + (week + 1);
    }
}
