package uk.pcnplanner.solver.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.SupervisionWindow;

/**
 * A supervision due in one block of weeks: when (a start on the 30-minute grid inside the
 * supervisor's windows) and where (a free room, or none when the window is remote).
 */
@PlanningEntity
public class SupervisionItem implements PlanItem {

    private long id;
    private SupervisionKind kind;
    private Person supervisor;
    private List<Person> supervisees;
    private int block;
    private int everyWeeks;
    @ValueRangeProvider(id = "supervisionPeriods")
    private List<Period> periods;
    @ValueRangeProvider(id = "supervisionRooms")
    private List<PlanRoom> rooms;

    @PlanningPin
    private boolean pinned;
    private boolean booked;
    private String bookedKey;

    @PlanningVariable(valueRangeProviderRefs = "supervisionPeriods", nullable = true)
    private Period period;

    @PlanningVariable(valueRangeProviderRefs = "supervisionRooms", nullable = true)
    private PlanRoom room;

    SupervisionItem() {}

    /** @param periods the candidate times, each already as long as the supervision */
    public SupervisionItem(long id, SupervisionKind kind, Person supervisor, List<Person> supervisees, int block,
            int everyWeeks, List<Period> periods, List<PlanRoom> rooms) {
        this.id = id;
        this.kind = kind;
        this.supervisor = supervisor;
        this.supervisees = supervisees;
        this.block = block;
        this.everyWeeks = everyWeeks;
        this.periods = periods;
        this.rooms = rooms;
    }

    public SupervisionItem place(Period period, PlanRoom room) {
        this.period = period;
        this.room = room;
        return this;
    }

    public SupervisionItem pin() {
        pinned = true;
        return this;
    }

    /** Pinned as booked: it holds its people (and room, if one is named) wherever it was booked. */
    public SupervisionItem book() {
        booked = true;
        return pin();
    }

    /**
     * Booked with no due item to meet: a series of its own, so it neither meets nor breaks a cadence.
     *
     * @param key stable across re-solves of the same booking
     */
    public SupervisionItem bookAlone(String key) {
        bookedKey = key;
        return book();
    }

    public boolean isRemoteAllowed() {
        SupervisionWindow window = period == null ? null : supervisor.windowCovering(period);
        return window != null && window.remote();
    }

    @Override
    public boolean isPlaced() {
        return period != null && (booked || room != null || isRemoteAllowed());
    }

    public List<Person> participants() {
        List<Person> all = new ArrayList<>(supervisees.size() + 1);
        all.add(supervisor);
        all.addAll(supervisees);
        return all;
    }

    @Override
    public List<Occupancy> occupancies() {
        if (!isPlaced()) {
            return List.of();
        }
        return participants().stream()
                .map(p -> new Occupancy(p, period, room == null ? null : room.site(), room, id))
                .toList();
    }

    @Override
    public List<RoomUse> roomUses() {
        if (!isPlaced() || room == null) {
            return List.of();
        }
        int people = supervisees.size() + 1;
        boolean typeFits = kind != SupervisionKind.GROUP || room.type() == RoomType.GROUP;
        boolean accessible = participants().stream().anyMatch(Person::needsAccessible);
        return List.of(new RoomUse(room, period, id, typeFits && room.capacity() >= people, accessible));
    }

    /** The same supervision across blocks, so its cadence can be measured. */
    public String series() {
        if (bookedKey != null) {
            return bookedKey;
        }
        return kind + "|" + supervisor.code() + "|"
                + supervisees.stream().map(Person::code).collect(Collectors.joining(","));
    }

    @Override
    public String key() {
        return bookedKey != null ? bookedKey : series() + "|" + block;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public boolean isPinned() {
        return pinned;
    }

    public SupervisionKind kind() {
        return kind;
    }

    public Person supervisor() {
        return supervisor;
    }

    public List<Person> supervisees() {
        return supervisees;
    }

    public int block() {
        return block;
    }

    public int everyWeeks() {
        return everyWeeks;
    }

    @Override
    public Person lead() {
        return supervisees.isEmpty() ? supervisor : supervisees.getFirst();
    }

    public Period period() {
        return period;
    }

    public PlanRoom room() {
        return room;
    }

    public List<Period> periods() {
        return periods;
    }

    public List<PlanRoom> rooms() {
        return rooms;
    }

    @Override
    public String toString() {
        return kind.label() + " of " + supervisees.stream().map(Person::name).collect(Collectors.joining(", "))
                + " with " + supervisor.name();
    }
}
