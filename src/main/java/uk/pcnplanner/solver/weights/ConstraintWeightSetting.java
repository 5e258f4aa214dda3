package uk.pcnplanner.solver.weights;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;

/** A rule weight a clinical director changed for their network; rules without one keep the default. */
@Entity
@Table(name = "constraint_weight")
public class ConstraintWeightSetting extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String constraintName;
    private int weight;

    protected ConstraintWeightSetting() {}

    public ConstraintWeightSetting(Network network, String constraintName, int weight) {
        this.network = network;
        this.constraintName = constraintName;
        this.weight = weight;
    }

    public String getConstraintName() {
        return constraintName;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
