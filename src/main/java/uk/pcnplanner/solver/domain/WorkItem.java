package uk.pcnplanner.solver.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** A working session from someone's pattern, at their base practice: only its room is decided. */
@PlanningEntity
public class WorkItem implements PlanItem {

    private long id;
    private Person person;
    private Period period;
    private Site site;
    @ValueRangeProvider(id = "workRooms")
    private List<PlanRoom> rooms;

    @PlanningPin
    private boolean pinned;
    private boolean booked;

    @PlanningVariable(valueRangeProviderRefs = "workRooms", nullable = true)
    private PlanRoom room;

    WorkItem() {}

    public WorkItem(long id, Person person, Period period, List<PlanRoom> rooms) {
        this.id = id;
        this.person = person;
        this.period = period;
        this.site = person.base();
        this.rooms = rooms;
    }

    public WorkItem place(PlanRoom room) {
        this.room = room;
        return this;
    }

    public WorkItem pin() {
        pinned = true;
        return this;
    }

    /** Pinned as booked at a site: it holds its person there even when the booking names no room. */
    public WorkItem book(Site at) {
        site = at;
        booked = true;
        return pin();
    }

    @Override
    public boolean isPlaced() {
        return room != null || booked;
    }

    @Override
    public List<Occupancy> occupancies() {
        return isPlaced() ? List.of(new Occupancy(person, period, room == null ? site : room.site(), room, id)) : List.of();
    }

    @Override
    public List<RoomUse> roomUses() {
        if (room == null) {
            return List.of();
        }
        return List.of(new RoomUse(room, period, id, person.roomNeed().fits(room.type()), person.needsAccessible()));
    }

    @Override
    public String key() {
        return "WORK|" + person.code() + "|" + period.date() + "|" + period.session();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean isPinned() {
        return pinned;
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

    public List<PlanRoom> rooms() {
        return rooms;
    }

    @Override
    public String toString() {
        return person.name() + "'s working session on " + period;
    }
}
