package uk.pcnplanner.rota.publish.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import uk.pcnplanner.base.domain.VersionedEntity;

/** One line of the published plan's score: a rule, its weight, how often it matched and what that cost. */
@Entity
public class PublishedRule extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(name = "score_level")
    private String level;

    private String constraintName;
    private int weight;
    private int matches;
    private int impact;

    protected PublishedRule() {}

    public PublishedRule(Publication publication, String level, String constraintName, int weight, int matches,
            int impact) {
        this.publication = publication;
        this.level = level;
        this.constraintName = constraintName;
        this.weight = weight;
        this.matches = matches;
        this.impact = impact;
    }

    public String getLevel() {
        return level;
    }

    public String getConstraintName() {
        return constraintName;
    }

    public int getWeight() {
        return weight;
    }

    public int getMatches() {
        return matches;
    }

    public int getImpact() {
        return impact;
    }
}
