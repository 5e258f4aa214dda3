package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import uk.pcnplanner.supervision.service.DueRow;

/** "My supervisees": per person and kind, the last and next session, the due date and the standing. */
class SuperviseeGrid extends Grid<DueRow> {

    SuperviseeGrid() {
        addColumn(DueRow::supervisee).setHeader("Supervisee").setKey("supervisee").setAutoWidth(true);
        addColumn(r -> r.kind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        addColumn(r -> r.minutes() + " min every " + r.everyWeeks() + " weeks").setHeader("Rule").setKey("rule");
        addColumn(r -> SupervisionText.day(r.lastHeld(), "None on record")).setHeader("Last held").setKey("last");
        addColumn(SuperviseeGrid::next).setHeader("Next").setKey("next").setAutoWidth(true);
        addColumn(r -> SupervisionText.day(r.dueBy(), "")).setHeader("Due by").setKey("due");
        addColumn(new ComponentRenderer<>(SuperviseeGrid::status)).setHeader("Standing").setKey("status")
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setAriaLabel("My supervisees");
    }

    private static String next(DueRow row) {
        String when = SupervisionText.dayTime(row.next(), "Nothing booked");
        return row.next() == null || row.nextBooked() ? when : when + " (planned)";
    }

    // Overdue is said in words as well as in colour, so it reads the same without colour.
    static Span status(DueRow row) {
        Span status = new Span(row.status());
        if (row.overdue()) {
            status.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return status;
    }
}
