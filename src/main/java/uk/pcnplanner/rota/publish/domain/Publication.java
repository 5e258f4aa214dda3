package uk.pcnplanner.rota.publish.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;

/** A rota as the clinical director published it for a date range: what practices and staff see. */
@Entity
public class Publication extends VersionedEntity implements Auditable {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(name = "date_from")
    private LocalDate from;

    @Column(name = "date_to")
    private LocalDate to;

    private Instant publishedAt;
    private String publishedBy;
    private String score;

    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("itemDate, startTime, staffCode")
    private List<PublishedAssignment> assignments = new ArrayList<>();

    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PublishedGap> gaps = new ArrayList<>();

    @OneToMany(mappedBy = "publication", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PublishedRule> rules = new ArrayList<>();

    protected Publication() {}

    public Publication(Network network, LocalDate from, LocalDate to, Instant publishedAt, String publishedBy,
            String score) {
        this.network = network;
        this.from = from;
        this.to = to;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.score = score;
    }

    public void add(PublishedAssignment assignment) {
        assignments.add(assignment);
    }

    public void add(PublishedGap gap) {
        gaps.add(gap);
    }

    public void add(PublishedRule rule) {
        rules.add(rule);
    }

    public Network getNetwork() {
        return network;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getScore() {
        return score;
    }

    public List<PublishedAssignment> getAssignments() {
        return assignments;
    }

    public List<PublishedGap> getGaps() {
        return gaps;
    }

    public List<PublishedRule> getRules() {
        return rules;
    }

    @Override
    public String auditType() {
        return "Published rota";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return "Rota " + from + " to " + to;
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("From", from.toString());
        values.put("To", to.toString());
        values.put("Published by", publishedBy);
        values.put("Score", score);
        values.put("Assignments", String.valueOf(assignments.size()));
        values.put("Not scheduled", String.valueOf(gaps.size()));
        return values;
    }
}
