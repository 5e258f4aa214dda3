package uk.pcnplanner.solver.weights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.time.SessionSet;

/**
 * What two soft rules measure against in one network: "Too many practices in a week" counts the
 * practices beyond {@code practicesPerWeek}; "Unpopular sessions shared unfairly" looks at {@code unpopular}.
 */
@Entity
@Table(name = "rotation_setting")
public class RotationSetting extends VersionedEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private int practicesPerWeek = PlanWeights.DEFAULT_PRACTICES_PER_WEEK;

    @Column(name = "unpopular_sessions")
    private SessionSet unpopular = PlanWeights.DEFAULT_UNPOPULAR;

    protected RotationSetting() {}

    /** The defaults, not yet saved. */
    public RotationSetting(Network network) {
        this.network = network;
    }

    public Network getNetwork() {
        return network;
    }

    public int getPracticesPerWeek() {
        return practicesPerWeek;
    }

    public void setPracticesPerWeek(int practicesPerWeek) {
        this.practicesPerWeek = practicesPerWeek;
    }

    public SessionSet getUnpopular() {
        return unpopular;
    }

    public void setUnpopular(SessionSet unpopular) {
        this.unpopular = unpopular;
    }

    @Override
    public String auditType() {
        return "Rotation rules";
    }

    @Override
    public String auditId() {
        return String.valueOf(network.getId());
    }

    @Override
    public String auditLabel() {
        return "Rotation rules of " + network.getName();
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Practices a week", String.valueOf(practicesPerWeek));
        values.put("Unpopular sessions", unpopular.toString());
        return values;
    }
}
