package uk.pcnplanner.staff.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.time.DatedSession;
import uk.pcnplanner.time.Half;

/** Leave from one date to another inclusive; a half marks a half day (then from equals to). */
@Entity
@Table(name = "leave_period")
public class LeavePeriod extends VersionedEntity implements Auditable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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

    public boolean overlaps(LeavePeriod other) {
        boolean datesMeet = !fromDate.isAfter(other.toDate) && !other.fromDate.isAfter(toDate);
        return datesMeet && (half == null || other.half == null || half == other.half);
    }

    /** "12 Jan 2027 – 16 Jan 2027", "21 Jan 2027" or "26 Jan 2027 PM", as people write leave. */
    public String describe() {
        String from = DAY.format(fromDate);
        if (half != null) {
            return from + " " + half;
        }
        return fromDate.equals(toDate) ? from : from + " – " + DAY.format(toDate);
    }

    @Override
    public String auditType() {
        return "Leave";
    }

    @Override
    public String auditId() {
        return String.valueOf(getId());
    }

    @Override
    public String auditLabel() {
        return "Leave of " + staff.getName() + " (" + staff.getStaffCode() + ")";
    }

    @Override
    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("From", fromDate.toString());
        values.put("To", toDate.toString());
        values.put("Sessions", half == null ? "whole days" : half.name());
        return values;
    }
}
