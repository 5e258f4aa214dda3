package uk.pcnplanner.demo;

import static java.util.stream.Collectors.groupingBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** Weekly patterns part-timers really work, keyed by their number of sessions (ten to a full week). */
final class WorkingPatterns {

    private static final Map<Integer, List<SessionSet>> BY_SIZE = Stream.of(
                    "Mon-Fri",
                    "Mon-Thu", "Tue-Fri", "Mon-Wed, Fri", "Mon, Tue, Thu, Fri", "Mon, Wed-Fri",
                    "Mon, Tue, Thu AM, Fri PM", "Mon-Wed", "Tue-Thu", "Wed-Fri", "Mon, Wed, Fri", "Tue, Thu, Fri",
                    "Mon-Fri AM", "Mon-Fri PM", "Mon, Tue, Wed AM", "Wed, Thu, Fri AM", "Tue AM, Wed, Thu")
            .map(SessionSet::parse)
            .collect(groupingBy(SessionSet::size));

    private WorkingPatterns() {}

    /**
     * A pattern of WTE × 10 sessions that falls while the base practice is open and, for a supervisee,
     * on at least one day their supervisor has a window, so supervision can actually be booked.
     */
    static SessionSet pick(BigDecimal wte, SessionSet open, Set<DayOfWeek> supervisionDays, Random random) {
        List<SessionSet> fitting = BY_SIZE.getOrDefault(wte.movePointRight(1).intValueExact(), List.of()).stream()
                .filter(open::containsAll)
                .filter(pattern -> supervisionDays.isEmpty()
                        || supervisionDays.stream().anyMatch(day -> worksOn(pattern, day)))
                .toList();
        if (fitting.isEmpty()) {
            throw new IllegalStateException("No working pattern of " + wte + " WTE fits opening " + open
                    + " and supervision days " + supervisionDays);
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    static boolean worksOn(SessionSet sessions, DayOfWeek day) {
        return sessions.contains(day, Half.AM) || sessions.contains(day, Half.PM);
    }
}
