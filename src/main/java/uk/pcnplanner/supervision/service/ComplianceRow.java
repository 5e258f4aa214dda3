package uk.pcnplanner.supervision.service;

/**
 * One person's supervision over the last three months: how many sessions were due and held,
 * what is overdue now, and whether the last month was better than the one before.
 *
 * @param overdue the kinds overdue now, e.g. "Debrief (12 days)"; empty when none
 * @param daysOverdue the longest any kind is overdue, 0 when none is
 */
public record ComplianceRow(String staffCode, String name, String role, String supervisor, int due, int held,
        String overdue, long daysOverdue, long heldLastMonth, long heldMonthBefore) {

    public String trend() {
        return Trend.words(heldLastMonth, heldMonthBefore);
    }

    /** Held as a share of due, e.g. "2 of 3"; "none due" when nothing fell due yet. */
    public String heldOfDue() {
        return due == 0 ? held + " (none due yet)" : held + " of " + due;
    }
}
