package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import uk.pcnplanner.budget.domain.ScenarioPost;

/** The posts of one scenario, as it has them. */
final class ScenarioPostsGrid {

    private ScenarioPostsGrid() {}

    static Grid<ScenarioPost> create() {
        Grid<ScenarioPost> grid = new Grid<>();
        grid.getElement().setAttribute("aria-label", "Scenario posts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ScenarioPost::postCode).setHeader("Post ID").setKey("post").setAutoWidth(true);
        grid.addColumn(p -> p.filled() ? p.label() : p.label() + " (vacant)").setHeader("Who").setKey("who")
                .setAutoWidth(true);
        grid.addColumn(ScenarioPost::roleCode).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.wte(p.wte())).setHeader("WTE").setKey("wte").setAutoWidth(true);
        grid.addColumn(ScenarioPost::band).setHeader("Band").setKey("band").setAutoWidth(true);
        grid.addColumn(ScenarioPostsGrid::payPoint).setHeader("Pay point").setKey("point").setAutoWidth(true);
        grid.addColumn(p -> p.annualSalary() == null ? "" : BudgetFormats.money(p.annualSalary()))
                .setHeader("Annual salary").setKey("salary").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.day(p.startDate())).setHeader("Start").setKey("start").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.day(p.endDate())).setHeader("End").setKey("end").setAutoWidth(true);
        return grid;
    }

    /** Empty when a salary is given (or no band), else the point the salary is read at. */
    private static String payPoint(ScenarioPost post) {
        if (post.band() == null || post.annualSalary() != null) {
            return "";
        }
        return post.payPoint() == null ? "Entry" : "Point " + post.payPoint();
    }
}
