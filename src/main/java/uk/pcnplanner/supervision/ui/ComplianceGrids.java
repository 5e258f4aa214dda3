package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import uk.pcnplanner.supervision.service.ComplianceRow;
import uk.pcnplanner.supervision.service.RoleCompliance;

/** The compliance tables: one row per person, most overdue first, and one per role. */
final class ComplianceGrids {

    private ComplianceGrids() {}

    static Grid<ComplianceRow> people() {
        Grid<ComplianceRow> grid = new Grid<>();
        grid.addColumn(ComplianceRow::name).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addColumn(ComplianceRow::role).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(ComplianceRow::supervisor).setHeader("Supervisor").setKey("supervisor").setAutoWidth(true);
        grid.addColumn(ComplianceRow::heldOfDue).setHeader("Held of due (3 months)").setKey("held");
        grid.addComponentColumn(ComplianceGrids::overdue).setHeader("Overdue now").setKey("overdue")
                .setAutoWidth(true);
        grid.addColumn(ComplianceRow::trend).setHeader("Trend").setKey("trend").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Supervision by person");
        return grid;
    }

    static Grid<RoleCompliance> roles() {
        Grid<RoleCompliance> grid = new Grid<>();
        grid.addColumn(RoleCompliance::role).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(RoleCompliance::people).setHeader("People").setKey("people");
        grid.addColumn(RoleCompliance::heldOfDue).setHeader("Held of due (3 months)").setKey("held");
        grid.addColumn(RoleCompliance::overduePeople).setHeader("People overdue now").setKey("overdue");
        grid.addColumn(RoleCompliance::trend).setHeader("Trend").setKey("trend").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Supervision by role");
        return grid;
    }

    static Span overdue(ComplianceRow row) {
        Span text = new Span(row.overdue().isEmpty() ? "None" : "Overdue: " + row.overdue());
        if (!row.overdue().isEmpty()) {
            text.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return text;
    }
}
