package uk.pcnplanner.roles.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import uk.pcnplanner.network.domain.RoomNeed;

/** A role of the ARRS catalogue (or OTHER, for people outside it). Amounts live in {@link RoleAmount}. */
@Entity
public class Role {

    public static final String OTHER = "OTHER";
    public static final String LINK_WORKER = "SPLW";
    public static final String GP = "GP";

    @Id
    private String code;

    private String name;
    private String bandBasis;

    @Enumerated(EnumType.STRING)
    private RoomNeed defaultRoom;

    private String capRule;
    private String source;
    private boolean reimbursable;

    protected Role() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBandBasis() {
        return bandBasis;
    }

    public RoomNeed getDefaultRoom() {
        return defaultRoom;
    }

    public String getCapRule() {
        return capRule;
    }

    public String getSource() {
        return source;
    }

    public boolean isReimbursable() {
        return reimbursable;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Role role && code.equals(role.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
