package uk.pcnplanner.workbook.model;

import uk.pcnplanner.rota.domain.Activity;

/** The Activity column of the Bookings sheet; {@code ROOM} is a fixed room for a working session. */
public enum BookingActivity {
    CLINIC(Activity.CLINIC),
    ONE_TO_ONE(Activity.ONE_TO_ONE),
    DEBRIEF(Activity.DEBRIEF),
    GROUP(Activity.GROUP),
    ROOM(Activity.WORK);

    private final Activity activity;

    BookingActivity(Activity activity) {
        this.activity = activity;
    }

    public Activity activity() {
        return activity;
    }

    public boolean isWholeSession() {
        return activity.isWholeSession();
    }

    public static BookingActivity of(Activity activity) {
        for (BookingActivity value : values()) {
            if (value.activity == activity) {
                return value;
            }
        }
        throw new IllegalArgumentException("No booking activity for " + activity);
    }
}
