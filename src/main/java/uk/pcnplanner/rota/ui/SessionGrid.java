package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.time.Half;

/**
 * A rota as a grid of weeks by weekday sessions: one row per practice, person or room and week,
 * each cell listing what happens there. Clicking an entry selects it for editing.
 */
class SessionGrid extends Grid<SessionGrid.Row> {

    /** @param items what the row's cells show, already limited to the row's practice, person or room */
    record Row(String label, LocalDate monday, List<RotaItem> items) {}

    private final Function<RotaItem, String> text;
    private final Consumer<RotaItem> select;
    private String selectedKey;

    /** @param text what an entry reads in a cell, e.g. "Sam Taylor · Room 2" */
    SessionGrid(String ariaLabel, String rowHeader, Function<RotaItem, String> text, Consumer<RotaItem> select) {
        this.text = text;
        this.select = select;
        getElement().setAttribute("aria-label", ariaLabel);
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Row::label).setHeader(rowHeader).setKey("row").setFrozen(true).setAutoWidth(true);
        addColumn(row -> "Week of " + RotaWeeks.day(row.monday())).setHeader("Week").setKey("week").setAutoWidth(true);
        for (int day = 0; day < 5; day++) {
            DayOfWeek weekday = DayOfWeek.of(day + 1);
            for (Half half : Half.values()) {
                int offset = day;
                addComponentColumn(row -> cell(row, offset, half))
                        .setHeader(weekday.getDisplayName(TextStyle.SHORT, Locale.UK) + " " + half)
                        .setKey(weekday.name().substring(0, 3).toLowerCase(Locale.UK) + "-" + half.name().toLowerCase(Locale.UK));
            }
        }
        setAllRowsVisible(true);
        setEmptyStateText("Nothing to show for these filters");
    }

    void show(List<Row> rows, String selected) {
        this.selectedKey = selected;
        setItems(rows);
    }

    /** Marks the selected item's entry, and no other, as pressed. */
    void select(String selected) {
        this.selectedKey = selected;
        getDataProvider().refreshAll();
    }

    private Component cell(Row row, int day, Half half) {
        LocalDate date = row.monday().plusDays(day);
        Div cell = new Div();
        cell.addClassName("rota-cell");
        row.items().stream().filter(i -> date.equals(i.date()) && i.half() == half).map(this::entry).forEach(cell::add);
        return cell;
    }

    private Button entry(RotaItem item) {
        Button entry = new Button(text.apply(item) + (item.pinned() ? " · Pinned" : ""), e -> select.accept(item));
        if (item.pinned()) {
            entry.setIcon(VaadinIcon.PIN.create());
        }
        entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        if (Objects.equals(item.key(), selectedKey)) {
            entry.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            entry.getElement().setAttribute("aria-pressed", "true");
        }
        entry.setAriaLabel("Select " + item.describe() + (item.pinned() ? " (pinned)" : ""));
        return entry;
    }
}
