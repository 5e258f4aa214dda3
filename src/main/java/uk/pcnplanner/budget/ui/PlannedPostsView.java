package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Consumer;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.budget.domain.PlannedPost;
import uk.pcnplanner.budget.service.PlannedPostService;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.UserRole;

/** The posts the network plans to fill this year, which the budget counts beside its ARRS-funded staff. */
@Route("budget/planned-posts")
@PageTitle("Planned posts | PCN Workforce Planner")
@Menu(order = 32, title = "Planned posts", icon = "vaadin:user-clock")
@RolesAllowed(UserRole.CD)
public class PlannedPostsView extends VerticalLayout {

    private final PlannedPostService service;
    private final List<Role> roles;
    private final List<Practice> practices;
    final Grid<PlannedPost> grid = new Grid<>();

    public PlannedPostsView(PlannedPostService service, RoleCatalogueService catalogue, PracticeService practices) {
        this.service = service;
        this.roles = catalogue.roles().stream().filter(Role::isReimbursable).toList();
        this.practices = practices.practices();
        Button add = button("add-planned-post", "Add planned post",
                () -> new PlannedPostDialog(service, service.newPlannedPost(), roles, this.practices, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = button("edit-planned-post", "Change", () -> selected(p -> new PlannedPostDialog(service, p, roles,
                this.practices, this::refresh).open()));
        Button remove = button("remove-planned-post", "Remove", () -> selected(this::confirmRemove));
        Div header = new Div(new H2("Planned posts"), new RouterLink("Budget", BudgetView.class));
        header.addClassName("view-header");
        Paragraph note = new Paragraph("Vacant posts with a planned start, as in the workbook's Planned posts sheet. "
                + "Re-importing the network workbook replaces them.");
        note.addClassName("muted");
        columns();
        add(header, note, new Div(add, edit, remove), grid);
        refresh();
    }

    private void columns() {
        grid.getElement().setAttribute("aria-label", "Planned posts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(PlannedPost::getPostCode).setHeader("Post ID").setKey("post").setAutoWidth(true);
        grid.addColumn(p -> p.getRole().getName() + " (" + p.getRole().getCode() + ")").setHeader("Role").setKey("role")
                .setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.wte(p.getWte())).setHeader("WTE").setKey("wte").setAutoWidth(true);
        grid.addColumn(PlannedPostsView::pay).setHeader("Pay").setKey("pay").setAutoWidth(true);
        grid.addColumn(p -> p.getAnnualSalary() == null ? "" : BudgetFormats.money(p.getAnnualSalary()))
                .setHeader("Annual salary").setKey("salary").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.day(p.getStartDate())).setHeader("Start").setKey("start").setAutoWidth(true);
        grid.addColumn(p -> BudgetFormats.day(p.getEndDate())).setHeader("End").setKey("end").setAutoWidth(true);
        grid.addColumn(p -> p.getPractice() == null ? "" : p.getPractice().getName()).setHeader("Practice")
                .setKey("practice").setAutoWidth(true);
    }

    private static String pay(PlannedPost post) {
        if (post.getBand() == null) {
            return "";
        }
        String point = post.getPayPoint() == null ? ", entry point" : ", point " + post.getPayPoint();
        return "Band " + post.getBand() + (post.getAnnualSalary() != null ? "" : point);
    }

    private void selected(Consumer<PlannedPost> action) {
        grid.asSingleSelect().getOptionalValue().ifPresentOrElse(action,
                () -> Notices.error("Choose a planned post in the table first"));
    }

    private void confirmRemove(PlannedPost post) {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + post.getPostCode() + "?",
                "The post leaves the current plan; scenarios that copied it keep their copy.", "Remove", e -> {
                    if (new Refusals().run(() -> service.delete(post))) {
                        Notices.saved("Removed " + post.getPostCode());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void refresh() {
        grid.setItems(service.plannedPosts());
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        return button;
    }
}
