package uk.pcnplanner.solver.domain;

import uk.pcnplanner.time.SessionSet;

/** A practice as the solver sees it: where clinics happen, when it is open, and its list size. */
public final class Site {

    private final String code;
    private final String name;
    private final int listSize;
    private final SessionSet open;

    public Site(String code, String name, int listSize, SessionSet open) {
        this.code = code;
        this.name = name;
        this.listSize = listSize;
        this.open = open;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int listSize() {
        return listSize;
    }

    public boolean isOpen(Period period) {
        return open.contains(period.weekly());
    }

    @Override
    public String toString() {
        return name;
    }
}
