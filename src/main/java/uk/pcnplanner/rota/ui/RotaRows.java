package uk.pcnplanner.rota.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaWeeks;

/** The rows of the three session grids: by practice, by person and by room, each week by week. */
final class RotaRows {

    private RotaRows() {}

    /** Every chosen practice in every chosen week, so an empty week shows as empty; only clinics, as practices read them. */
    static List<SessionGrid.Row> byPractice(List<RotaItem> items, List<String> practices, List<LocalDate> weeks) {
        List<SessionGrid.Row> rows = new ArrayList<>();
        for (String practice : practices) {
            for (LocalDate monday : weeks) {
                rows.add(new SessionGrid.Row(practice, monday, items.stream()
                        .filter(i -> i.activity() == Activity.CLINIC && practice.equals(i.practice()) && in(i, monday))
                        .toList()));
            }
        }
        return rows;
    }

    static List<SessionGrid.Row> byPerson(List<RotaItem> items, List<LocalDate> weeks) {
        return grouped(items, weeks, RotaItem::person);
    }

    static List<SessionGrid.Row> byRoom(List<RotaItem> items, List<LocalDate> weeks) {
        return grouped(items, weeks, i -> i.room() == null ? null : i.room() + " · " + i.practice());
    }

    private static List<SessionGrid.Row> grouped(List<RotaItem> items, List<LocalDate> weeks,
            Function<RotaItem, String> group) {
        List<SessionGrid.Row> rows = new ArrayList<>();
        List<String> labels = items.stream().map(group).filter(Objects::nonNull).distinct().sorted().toList();
        for (String label : labels) {
            for (LocalDate monday : weeks) {
                Predicate<RotaItem> here = i -> label.equals(group.apply(i)) && in(i, monday);
                List<RotaItem> week = items.stream().filter(here).toList();
                if (!week.isEmpty()) {
                    rows.add(new SessionGrid.Row(label, monday, week));
                }
            }
        }
        return rows;
    }

    private static boolean in(RotaItem item, LocalDate monday) {
        return item.date() != null && RotaWeeks.monday(item.date()).equals(monday);
    }

    /** "Clinic", "Work", "One-to-one": how an activity is named in lists and cells. */
    static String activity(RotaItem item) {
        String name = item.activity().name().replace('_', '-');
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    /** What a person's cell says: the activity, a timed item's times, and where. */
    static String forPerson(RotaItem item) {
        return activity(item) + (item.time() == null ? "" : " " + item.time()) + " · "
                + Objects.toString(item.practice(), "remote") + (item.room() == null ? "" : " · " + item.room());
    }

    /** What a room's cell says: who and what. */
    static String forRoom(RotaItem item) {
        return Objects.toString(item.person(), "No one") + " · " + activity(item)
                + (item.time() == null ? "" : " " + item.time());
    }

    static Comparator<RotaItem> byTime() {
        return Comparator.comparing(RotaItem::date).thenComparing(RotaItem::half)
                .thenComparing(i -> Objects.toString(i.time(), "")).thenComparing(i -> Objects.toString(i.practice(), ""));
    }

}
