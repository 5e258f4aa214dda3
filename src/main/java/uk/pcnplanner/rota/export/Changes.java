package uk.pcnplanner.rota.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.Change;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;

/**
 * What changed between two plans of the same network, item by item. An item is known by its key
 * (a clinic keeps its key when it moves to another person, day or room); a supervision has a row
 * per person, so there the person is part of what identifies it.
 */
public final class Changes {

    public static final String ADDED = "Added";
    public static final String REMOVED = "Removed";
    public static final String MOVED = "Moved";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private Changes() {}

    /** Limited to the later plan's dates, so publishing one month is not reported as removing the rest. */
    public static List<Change> between(RotaPlan previous, RotaPlan current) {
        Map<String, Assignment> before = byIdentity(previous.assignments().stream()
                .filter(a -> !a.date().isBefore(current.from()) && !a.date().isAfter(current.to())));
        Map<String, Assignment> after = byIdentity(current.assignments().stream());
        Map<String, String> oldNames = names(previous);
        Map<String, String> newNames = names(current);
        List<Change> changes = new ArrayList<>();
        after.forEach((id, now) -> {
            Assignment was = before.get(id);
            if (was == null) {
                changes.add(new Change(ADDED, now.activity(), codes(now), null, describe(now, newNames)));
            } else if (!samePlace(was, now)) {
                changes.add(new Change(MOVED, now.activity(), codes(was, now), describe(was, oldNames),
                        describe(now, newNames)));
            }
        });
        before.forEach((id, was) -> {
            if (!after.containsKey(id)) {
                changes.add(new Change(REMOVED, was.activity(), codes(was), describe(was, oldNames), null));
            }
        });
        return changes;
    }

    /** "Mon 4 Jan AM · Amy Link · Castle Surgery, Room 1", or with the time for a supervision. */
    static String describe(Assignment a, Map<String, String> practices) {
        String when = a.date().format(DAY) + " " + (a.activity().isWholeSession() ? a.session() : a.start());
        String where = a.practiceCode() == null ? "remote"
                : practices.getOrDefault(a.practiceCode(), a.practiceCode()) + (a.room() == null ? "" : ", " + a.room());
        return when + " · " + a.staffName() + " · " + where;
    }

    private static boolean samePlace(Assignment a, Assignment b) {
        return a.date().equals(b.date()) && a.start().equals(b.start()) && a.staffId().equals(b.staffId())
                && Objects.equals(a.practiceCode(), b.practiceCode()) && Objects.equals(a.room(), b.room());
    }

    private static Map<String, Assignment> byIdentity(Stream<Assignment> assignments) {
        return assignments.collect(Collectors.toMap(Changes::identity, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    private static String identity(Assignment a) {
        return a.activity().isWholeSession() ? a.key() : a.key() + "|" + a.staffId();
    }

    private static List<String> codes(Assignment... assignments) {
        return Stream.of(assignments).map(Assignment::practiceCode).filter(Objects::nonNull).distinct().toList();
    }

    private static Map<String, String> names(RotaPlan plan) {
        return plan.practices().stream().collect(Collectors.toMap(PracticeRef::code, PracticeRef::name, (a, b) -> a));
    }
}
