package uk.pcnplanner.supervision.service;

/** The same figures added up for everyone in a role. */
public record RoleCompliance(String role, int people, int due, int held, int overduePeople, long heldLastMonth,
        long heldMonthBefore) {

    public String trend() {
        return Trend.words(heldLastMonth, heldMonthBefore);
    }

    public String heldOfDue() {
        return due == 0 ? held + " (none due yet)" : held + " of " + due;
    }
}
