package uk.pcnplanner.supervision.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.roles.domain.Role;

/** How often, and for how long, people in a role are supervised: one item per block of weeks. */
@Entity
public class SupervisionRule extends VersionedEntity implements Auditable {

    public static final int DEFAULT_GROUP_SIZE = 6;

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_code")
    private Role role;

    @Enumerated(EnumType.STRING)
    private SupervisionKind kind;

    private int minutes;
    private int everyWeeks;
    private Integer groupSize;

    /** Where the rule comes from (a national recommendation or a local default). */
    private String basis;

    protected SupervisionRule() {}

    public SupervisionRule(Network network, Role role, SupervisionKind kind, int minutes, int everyWeeks, String basis) {
        this.network = network;
        this.role = role;
        this.kind = kind;
        this.minutes = minutes;
        this.everyWeeks = everyWeeks;
        this.basis = basis;
        this.groupSize = kind == SupervisionKind.GROUP ? DEFAULT_GROUP_SIZE : null;
    }

    public Network getNetwork() {
        return network;
    }

    public Role getRole() {
        return role;
    }

    public SupervisionKind getKind() {
        return kind;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public int getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(int everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public Integer getGroupSize() {
        return groupSize;
    }

    public void setGroupSize(Integer groupSize) {
        this.groupSize = groupSize;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    @Override
    public String auditType() {
        return "Supervision rule";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return role.getName() + " – " + kind.label();
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Minutes", String.valueOf(minutes));
        values.put("Cadence (weeks)", String.valueOf(everyWeeks));
        values.put("Group size", groupSize == null ? "" : String.valueOf(groupSize));
        values.put("Basis", basis);
        return values;
    }
}
