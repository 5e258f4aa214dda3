package uk.pcnplanner.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.time.SessionSet;

/** A room at a practice, with the sessions when others (usually GPs) already use it. */
@Entity
public class Room extends VersionedEntity implements Auditable {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    private String name;

    @Enumerated(EnumType.STRING)
    private RoomType type = RoomType.CONSULTING;

    private int capacity = RoomType.CONSULTING.defaultCapacity();
    private boolean accessible;
    private SessionSet unavailable = SessionSet.none();

    protected Room() {}

    public Room(Practice practice, String name, RoomType type) {
        this.practice = practice;
        this.name = name;
        this.type = type;
        this.capacity = type.defaultCapacity();
    }

    public Practice getPractice() {
        return practice;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoomType getType() {
        return type;
    }

    public void setType(RoomType type) {
        this.type = type;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public void setAccessible(boolean accessible) {
        this.accessible = accessible;
    }

    public SessionSet getUnavailable() {
        return unavailable;
    }

    public void setUnavailable(SessionSet unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public String auditType() {
        return "Room";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return name + " at " + practice.getName();
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("Type", type.name());
        values.put("Capacity", String.valueOf(capacity));
        values.put("Accessible", accessible ? "yes" : "no");
        values.put("Unavailable", unavailable.toString());
        return values;
    }
}
