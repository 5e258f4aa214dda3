package uk.pcnplanner.rota.domain;

/** What a scheduled or booked item is, as the workbook names it. */
public enum Activity {
    CLINIC(true),
    /** A non-clinic working session that needs a room; imported as ROOM in Bookings. */
    WORK(true),
    ONE_TO_ONE(false),
    DEBRIEF(false),
    GROUP(false);

    private final boolean wholeSession;

    Activity(boolean wholeSession) {
        this.wholeSession = wholeSession;
    }

    public boolean isWholeSession() {
        return wholeSession;
    }
}
