package uk.pcnplanner.rota.publish.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.time.Half;

/** One week of a published rota: a row per session (AM, PM), a column per weekday, each cell who and where. */
class SessionGrid extends Grid<Half> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private List<Assignment> week = List.of();
    private LocalDate monday;
    private final Function<Assignment, String> describe;

    /** @param describe how one item reads in a cell, e.g. "Amy Link · Room 1" */
    SessionGrid(String label, Function<Assignment, String> describe) {
        this.describe = describe;
        getElement().setAttribute("aria-label", label);
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Half::name).setHeader("Session").setKey("session").setFrozen(true).setAutoWidth(true);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            addColumn(half -> cell(day, half)).setKey(day.name().substring(0, 3).toLowerCase(Locale.ROOT))
                    .setHeader(day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT));
        }
        setAllRowsVisible(true);
    }

    void show(LocalDate weekStart, List<Assignment> items) {
        monday = weekStart;
        week = items;
        for (DayOfWeek day : DayOfWeek.values()) {
            Column<Half> column = getColumnByKey(day.name().substring(0, 3).toLowerCase(Locale.ROOT));
            if (column != null) {
                column.setHeader(weekStart == null ? day.name() : weekStart.plusDays(day.ordinal()).format(DAY));
            }
        }
        setItems(Half.values());
    }

    private String cell(DayOfWeek day, Half half) {
        if (monday == null) {
            return "";
        }
        LocalDate date = monday.plusDays(day.ordinal());
        return week.stream().filter(a -> a.date().equals(date) && a.session() == half)
                .sorted(Comparator.comparing(Assignment::start).thenComparing(Assignment::staffName))
                .map(describe).collect(Collectors.joining("; "));
    }

    /** "Amy Link · Room 1", or "Amy Link – debrief 12:30 · Room 1" for a supervision. */
    static String atPractice(Assignment a) {
        return a.staffName() + what(a) + (a.room() == null ? "" : " · " + a.room());
    }

    /** "Castle Surgery · Room 1", or "Castle Surgery · Room 1 – debrief 12:30", for a person's own rota. */
    static String mine(Assignment a, Map<String, String> practices) {
        return (a.practiceCode() == null ? "Remote" : practices.getOrDefault(a.practiceCode(), a.practiceCode()))
                + (a.room() == null ? "" : " · " + a.room()) + what(a);
    }

    static String what(Assignment a) {
        return a.activity() == Activity.CLINIC ? ""
                : a.activity() == Activity.WORK ? " (working)"
                : " – " + a.activity().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + a.start();
    }
}
