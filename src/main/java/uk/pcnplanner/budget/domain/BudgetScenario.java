package uk.pcnplanner.budget.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;

/** A saved what-if plan: a named list of posts, compared against the current plan. */
@Entity
public class BudgetScenario extends VersionedEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private String name;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scenario_post", joinColumns = @JoinColumn(name = "scenario_id"))
    @OrderColumn(name = "post_order")
    private List<ScenarioPost> posts = new ArrayList<>();

    protected BudgetScenario() {}

    public BudgetScenario(Network network, String name, Instant createdAt, List<ScenarioPost> posts) {
        this.network = network;
        this.name = name;
        this.createdAt = createdAt;
        this.posts = new ArrayList<>(posts);
    }

    public Network getNetwork() {
        return network;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ScenarioPost> getPosts() {
        return List.copyOf(posts);
    }

    public void setPosts(List<ScenarioPost> posts) {
        this.posts.clear();
        this.posts.addAll(posts);
    }

    @Override
    public String auditType() {
        return "Budget scenario";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("Posts", String.valueOf(posts.size()));
        return values;
    }
}
