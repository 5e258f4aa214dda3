package uk.pcnplanner.solver.domain;

/**
 * One person taken up by one placed item: what "in two places at once", working sessions, leave
 * and site rules look at, whatever kind of item it is.
 *
 * @param site where it happens; null for a remote item
 * @param room null when none is used
 */
public record Occupancy(Person person, Period period, Site site, PlanRoom room, long itemId) {

    public int start() {
        return period.start();
    }

    public int end() {
        return period.end();
    }

    public boolean isWholeSession() {
        return period.isWholeSession();
    }
}
