package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaWeeks;

/** Reads the rota's session grids in browserless tests: which row is whose, what a cell lists. */
final class RotaGrids {

    private RotaGrids() {}

    static List<String> labels(GridTester<Grid<SessionGrid.Row>, SessionGrid.Row> grid) {
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).label()).toList();
    }

    /** The entries of the cell where the item falls, in the row of that label and the item's week. */
    static List<Button> entries(GridTester<Grid<SessionGrid.Row>, SessionGrid.Row> grid, String label, RotaItem item) {
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).label().equals(label)
                        && grid.getRow(i).monday().equals(RotaWeeks.monday(item.date())))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + label + " for " + item.date()));
        Component cell = grid.getCellComponent(row, grid.getColumnPosition(columnKey(item)));
        return cell.getChildren().map(Button.class::cast).toList();
    }

    static List<String> texts(List<Button> entries) {
        return entries.stream().map(Button::getText).toList();
    }

    static String columnKey(RotaItem item) {
        return item.date().getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.UK) + "-"
                + item.half().name().toLowerCase(Locale.UK);
    }
}
