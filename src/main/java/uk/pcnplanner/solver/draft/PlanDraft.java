package uk.pcnplanner.solver.draft;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;

/** A plan the solver produced, kept until someone publishes or replaces it. */
@Entity
public class PlanDraft extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private Instant createdAt;
    private String score;
    private int unassigned;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanDraftItem> items = new ArrayList<>();

    protected PlanDraft() {}

    public PlanDraft(Network network, Instant createdAt, String score, int unassigned) {
        this.network = network;
        this.createdAt = createdAt;
        this.score = score;
        this.unassigned = unassigned;
    }

    public void add(PlanDraftItem item) {
        items.add(item);
    }

    /** After a hand edit: the plan's score and unassigned count as they now stand. */
    public void rescored(String newScore, int newUnassigned) {
        this.score = newScore;
        this.unassigned = newUnassigned;
    }

    public Network getNetwork() {
        return network;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getScore() {
        return score;
    }

    public int getUnassigned() {
        return unassigned;
    }

    public List<PlanDraftItem> getItems() {
        return items;
    }
}
