package uk.pcnplanner.supervision.service;

/** Sessions held in the last month against the month before, in words. */
final class Trend {

    private Trend() {}

    static String words(long lastMonth, long monthBefore) {
        String direction = lastMonth > monthBefore ? "Up" : lastMonth < monthBefore ? "Down" : "Steady";
        return direction + ": " + lastMonth + " in the last month, " + monthBefore + " the month before";
    }
}
