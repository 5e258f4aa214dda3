package uk.pcnplanner.rota.publish.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.rota.domain.Activity;

/** An item the published rota could not schedule, and why. */
@Entity
public class PublishedGap extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Enumerated(EnumType.STRING)
    private Activity activity;

    private String practiceCode;
    private String staffCode;
    private LocalDate weekStart;
    private String reason;

    protected PublishedGap() {}

    public PublishedGap(Publication publication, Activity activity, String practiceCode, String staffCode,
            LocalDate weekStart, String reason) {
        this.publication = publication;
        this.activity = activity;
        this.practiceCode = practiceCode;
        this.staffCode = staffCode;
        this.weekStart = weekStart;
        this.reason = reason;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getPracticeCode() {
        return practiceCode;
    }

    public String getStaffCode() {
        return staffCode;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public String getReason() {
        return reason;
    }
}
