package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import uk.pcnplanner.budget.forecast.Pounds;
import uk.pcnplanner.budget.forecast.PlanComparison;

/** The current plan and every scenario side by side, with each one's change in claims. */
final class ComparisonGrid {

    private ComparisonGrid() {}

    static Grid<PlanComparison> create() {
        Grid<PlanComparison> grid = new Grid<>();
        grid.getElement().setAttribute("aria-label", "Scenario comparison");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.name() + (c.incomplete() ? " (incomplete)" : "")).setHeader("Plan").setKey("plan")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> BudgetFormats.money(c.allocation())).setHeader("Allocation").setKey("allocation")
                .setAutoWidth(true);
        grid.addColumn(c -> BudgetFormats.money(c.claimable())).setHeader("Forecast claimable").setKey("claimable")
                .setAutoWidth(true);
        grid.addColumn(c -> change(c)).setHeader("Change in claimable").setKey("change").setAutoWidth(true);
        grid.addColumn(c -> BudgetFormats.money(c.headroom())).setHeader("Headroom").setKey("headroom")
                .setAutoWidth(true);
        grid.addColumn(c -> BudgetFormats.money(c.cost())).setHeader("Cost").setKey("cost").setAutoWidth(true);
        Span beyond = new Span("Beyond the claim");
        beyond.getElement().setAttribute("title", "Cost to the practices beyond the claim: cost − claimable");
        grid.addColumn(c -> BudgetFormats.money(c.costBeyondClaim())).setHeader(beyond).setKey("beyond")
                .setAutoWidth(true);
        return grid;
    }

    private static String change(PlanComparison c) {
        if (c.scenarioId() == null) {
            return "—";
        }
        return c.claimableChange().signum() > 0 ? "+" + Pounds.format(c.claimableChange()) : Pounds.format(c.claimableChange());
    }
}
