package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.PostTotal;
import uk.pcnplanner.budget.forecast.RoleTotal;

/** The year's totals by role and by post, with unknown claims and estimates marked. */
final class BudgetGrids {

    private BudgetGrids() {}

    static Grid<RoleTotal> byRole(Forecast forecast) {
        Grid<RoleTotal> grid = grid("Budget by role");
        grid.addColumn(r -> r.role().getName() + " (" + r.role().getCode() + ")").setHeader("Role").setKey("role")
                .setFlexGrow(2);
        grid.addColumn(RoleTotal::posts).setHeader("Posts").setKey("posts").setAutoWidth(true);
        grid.addColumn(r -> BudgetFormats.wte(r.wte())).setHeader("WTE").setKey("wte").setAutoWidth(true);
        grid.addColumn(r -> BudgetFormats.money(r.cost())).setHeader("Cost").setKey("cost").setAutoWidth(true);
        grid.addComponentColumn(r -> BudgetFormats.claim(r.claimable())).setHeader("Claimable").setKey("claimable")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> BudgetFormats.badge(r.status())).setHeader("Maximum amount").setKey("status")
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.claimKnown() ? null : "amount-unknown");
        grid.setItems(forecast.roles());
        return grid;
    }

    static Grid<PostTotal> byPost(Forecast forecast) {
        Grid<PostTotal> grid = grid("Budget by post");
        grid.addColumn(p -> p.post().postId()).setHeader("Post ID").setKey("post").setAutoWidth(true);
        grid.addColumn(p -> p.post().filled() ? p.post().label() : p.post().label() + " (vacant)").setHeader("Who")
                .setKey("who").setFlexGrow(2);
        grid.addColumn(p -> p.post().role().getCode()).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.wte(p.post().wte())).setHeader("WTE").setKey("wte").setAutoWidth(true);
        grid.addColumn(p -> p.post().payBasis()).setHeader("Pay").setKey("pay").setAutoWidth(true);
        grid.addComponentColumn(BudgetGrids::salary).setHeader("Annual salary").setKey("salary").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.money(p.cost())).setHeader("Cost").setKey("cost").setAutoWidth(true);
        grid.addComponentColumn(p -> BudgetFormats.claim(p.claimable())).setHeader("Claimable").setKey("claimable")
                .setAutoWidth(true);
        grid.addComponentColumn(BudgetGrids::status).setHeader("Maximum amount").setKey("status").setAutoWidth(true);
        grid.setPartNameGenerator(p -> p.claimKnown() ? null : "amount-unknown");
        grid.setItems(forecast.posts());
        return grid;
    }

    private static Span status(PostTotal post) {
        Span status = new Span(BudgetFormats.badge(post.status()));
        if (post.nationalFallback()) {
            Span fallback = new Span("National amount");
            fallback.addClassNames("badge", "fallback");
            fallback.getElement().setAttribute("title", "No amount for the network's pay area: the national one is used");
            status.add(fallback);
        }
        return status;
    }

    private static Span salary(PostTotal post) {
        Span salary = new Span(BudgetFormats.money(post.salary().value()));
        salary.getElement().setAttribute("title", post.salary().basis() + ": " + post.salary().source());
        return salary;
    }

    private static <T> Grid<T> grid(String label) {
        Grid<T> grid = new Grid<>();
        grid.getElement().setAttribute("aria-label", label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
