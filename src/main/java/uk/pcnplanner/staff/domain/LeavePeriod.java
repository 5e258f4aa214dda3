package uk.pcnplanner.staff.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.time.DatedSession;
import uk.pcnplanner.time.Half;

/** Leave from one date to another inclusive; a half marks a half day (then from equals to). */
@Entity
@Table(name = "leave_period")
public class LeavePeriod extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    private LocalDate fromDate;
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private Half half;

    protected LeavePeriod() {}

    public LeavePeriod(Staff staff, LocalDate fromDate, LocalDate toDate, Half half) {
        if (toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("Leave must end on or after " + fromDate + ", got " + toDate);
        }
        this.staff = staff;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.half = half;
    }

    public boolean covers(DatedSession session) {
        boolean inDates = !session.date().isBefore(fromDate) && !session.date().isAfter(toDate);
        return inDates && (half == null || half == session.half());
    }

    public Staff getStaff() {
        return staff;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    /** Null for whole days. */
    public Half getHalf() {
        return half;
    }
}
