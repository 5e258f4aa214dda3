package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.time.Half;

/** One week's clinics as practices read them: a row per practice, a column per weekday session. */
class WeekGrid extends Grid<String> {

    private List<RotaItem> clinics = List.of();
    private LocalDate monday;

    WeekGrid() {
        getElement().setAttribute("aria-label", "Clinics by practice for the chosen week");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(practice -> practice).setHeader("Practice").setKey("practice").setFrozen(true).setAutoWidth(true);
        for (int day = 0; day < 5; day++) {
            for (Half half : Half.values()) {
                DayOfWeek weekday = DayOfWeek.of(day + 1);
                int offset = day;
                addColumn(practice -> cell(practice, offset, half))
                        .setHeader(weekday.getDisplayName(TextStyle.SHORT, Locale.UK) + " " + half)
                        .setKey(weekday.name().substring(0, 3).toLowerCase() + "-" + half.name().toLowerCase());
            }
        }
        setAllRowsVisible(true);
        setEmptyStateText("No clinics in this week");
    }

    void show(List<RotaItem> weekItems, LocalDate weekStart, List<String> practices) {
        this.monday = weekStart;
        this.clinics = weekItems.stream().filter(i -> i.activity() == Activity.CLINIC).toList();
        setItems(practices);
    }

    private String cell(String practice, int day, Half half) {
        LocalDate date = monday == null ? null : monday.plusDays(day);
        return clinics.stream()
                .filter(c -> Objects.equals(c.practice(), practice) && c.date().equals(date) && c.half() == half)
                .map(RotaItem::who)
                .collect(Collectors.joining("; "));
    }
}
