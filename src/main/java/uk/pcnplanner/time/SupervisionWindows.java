package uk.pcnplanner.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A supervisor's weekly availability, read from and written as e.g.
 * {@code "Tue 12:30-13:30; Thu 16:30-17:30 remote"}.
 */
public final class SupervisionWindows {

    private static final Comparator<SupervisionWindow> ORDER =
            Comparator.comparing(SupervisionWindow::day).thenComparing(SupervisionWindow::start);
    private static final SupervisionWindows NONE = new SupervisionWindows(List.of());
    private static final String SHAPE = "expected DAY HH:MM-HH:MM, optionally followed by \"remote\"";

    private final List<SupervisionWindow> windows;

    private SupervisionWindows(List<SupervisionWindow> windows) {
        this.windows = windows.stream().sorted(ORDER).toList();
    }

    /**
     * Reads windows separated by semicolons (or commas); blank or null means none.
     *
     * @throws InvalidScheduleTextException naming the offending item, or the two items that overlap
     */
    public static SupervisionWindows parse(String text) {
        List<String> items = ScheduleText.items(text);
        List<SupervisionWindow> windows = new ArrayList<>(items.size());
        for (String item : items) {
            windows.add(parseItem(item));
        }
        rejectOverlaps(windows, items);
        return new SupervisionWindows(windows);
    }

    private static SupervisionWindow parseItem(String item) {
        String[] words = ScheduleText.words(item);
        if (words.length < 2 || words.length > 3) {
            throw ScheduleText.error(item, SHAPE);
        }
        DayOfWeek day = ScheduleText.day(words[0]);
        TimeRange times = ScheduleText.timeRange(words[1], item, SHAPE);
        if (words.length == 3 && !words[2].equalsIgnoreCase("remote")) {
            throw ScheduleText.error(item, "only \"remote\" may follow the times, got \"" + words[2] + "\"");
        }
        return new SupervisionWindow(day, times.start(), times.end(), words.length == 3);
    }

    public static SupervisionWindows none() {
        return NONE;
    }

    /** @throws InvalidScheduleTextException if two windows overlap, as a supervisor cannot be in both */
    public static SupervisionWindows of(SupervisionWindow... windows) {
        List<SupervisionWindow> list = List.of(windows);
        rejectOverlaps(list, list.stream().map(SupervisionWindow::toString).toList());
        return new SupervisionWindows(list);
    }

    // Checked in the order given so the message quotes the items in the order the user typed them.
    private static void rejectOverlaps(List<SupervisionWindow> windows, List<String> labels) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    throw new InvalidScheduleTextException(
                            "\"" + labels.get(i) + "\" overlaps \"" + labels.get(j) + "\"");
                }
            }
        }
    }

    /** By day, then start time. */
    public List<SupervisionWindow> windows() {
        return windows;
    }

    public boolean isEmpty() {
        return windows.isEmpty();
    }

    /** The canonical text, which {@link #parse} reads back to an equal value; none is the empty string. */
    @Override
    public String toString() {
        return String.join("; ", windows.stream().map(SupervisionWindow::toString).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupervisionWindows that && that.windows.equals(windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }
}
