package uk.pcnplanner.staff.service;

/** Narrows the staff list; null fields match everyone. */
public record StaffFilter(String roleCode, Long practiceId, String text) {

    public static StaffFilter all() {
        return new StaffFilter(null, null, null);
    }
}
