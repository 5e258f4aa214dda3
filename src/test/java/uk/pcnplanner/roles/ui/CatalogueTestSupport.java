package uk.pcnplanner.roles.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/** Reading the catalogue's grids the way a person sees them. */
final class CatalogueTestSupport {

    private CatalogueTestSupport() {}

    static <T> int rowOf(GridTester<Grid<T>, T> grid, Function<T, String> code, String wanted) {
        for (int i = 0; i < grid.size(); i++) {
            if (wanted.equals(code.apply(grid.getRow(i)))) {
                return i;
            }
        }
        throw new AssertionError("No row for " + wanted);
    }

    static String text(Component cell) {
        return cell.getElement().getTextRecursively();
    }

    /** The badges in a status cell (the cell itself may be the badge). */
    static List<Span> badges(Component cell) {
        if (cell.getClassNames().contains("badge")) {
            return List.of((Span) cell);
        }
        return cell.getChildren()
                .filter(c -> c.getClassNames().contains("badge"))
                .map(Span.class::cast)
                .toList();
    }

    static void assertBadge(Component cell, String cssClass, String label) {
        assertThat(badges(cell))
                .anySatisfy(b -> {
                    assertThat(b.getClassNames()).contains("badge", cssClass);
                    assertThat(b.getText()).isEqualTo(label);
                });
    }
}
