package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.budget.domain.BudgetScenario;
import uk.pcnplanner.budget.domain.ScenarioPost;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.budget.forecast.PlanComparison;
import uk.pcnplanner.budget.service.ScenarioService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.UserRole;

/** What-if plans: copy the current plan, change its posts, and compare every plan side by side. */
@Route("budget/scenarios")
@PageTitle("Scenarios | PCN Workforce Planner")
@Menu(order = 31, title = "Scenarios", icon = "vaadin:split")
@RolesAllowed(UserRole.CD)
public class ScenariosView extends VerticalLayout {

    private final BudgetService budgets;
    private final ScenarioService scenarios;
    private final List<Role> roles;
    private final Grid<PlanComparison> comparison = ComparisonGrid.create();
    private final Grid<ScenarioPost> posts = ScenarioPostsGrid.create();
    private final H3 selectedName = new H3();
    private final Div selectedPanel;
    private List<BudgetScenario> saved = List.of();
    private Long selectedId;

    public ScenariosView(BudgetService budgets, ScenarioService scenarios, RoleCatalogueService catalogue) {
        this.budgets = budgets;
        this.scenarios = scenarios;
        this.roles = catalogue.roles().stream().filter(Role::isReimbursable).toList();
        Button create = new Button("New scenario from the current plan", e -> new ScenarioNameDialog(
                "New scenario", "", "Create", name -> refresh(scenarios.copyCurrentPlan(name).getId())).open());
        create.setId("new-scenario");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H2("Scenarios"), new RouterLink("Budget", BudgetView.class), create);
        header.addClassName("view-header");
        comparison.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                select(e.getValue() == null ? null : e.getValue().scenarioId());
            }
        });
        selectedPanel = new Div(selectedName, actions(), posts);
        add(header, new H3("Side by side"), comparison, selectedPanel);
        refresh(null);
    }

    private Div actions() {
        Button rename = button("rename-scenario", "Rename", () -> new ScenarioNameDialog("Rename scenario",
                selected().map(BudgetScenario::getName).orElse(""), "Rename",
                name -> change(s -> scenarios.rename(s, name))).open());
        Button delete = button("delete-scenario", "Delete", this::confirmDelete);
        Button add = button("add-post", "Add post", () -> new ScenarioPostDialog(roles, null,
                post -> change(s -> scenarios.savePost(s, null, post))).open());
        Button edit = button("edit-post", "Change post", () -> selectedPost().ifPresent(p -> new ScenarioPostDialog(
                roles, p, post -> change(s -> scenarios.savePost(s, p.postCode(), post))).open()));
        Button remove = button("remove-post", "Remove post", () -> selectedPost()
                .ifPresent(p -> shownRefusal(() -> change(s -> scenarios.removePost(s, p.postCode())))));
        return new Div(rename, delete, add, edit, remove, export());
    }

    /** The selected scenario's budget workbook, with every plan side by side. */
    private Anchor export() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            BudgetScenario scenario = selected().orElseThrow();
            byte[] workbook = budgets.scenarioWorkbook(scenario.getId());
            return new DownloadResponse(new ByteArrayInputStream(workbook), fileName(scenario), BudgetView.XLSX,
                    workbook.length);
        }), AttachmentType.DOWNLOAD, "Export to Excel");
        export.setId("export-scenario");
        return export;
    }

    static String fileName(BudgetScenario scenario) {
        String name = scenario.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "budget-scenario-" + (name.isEmpty() ? scenario.getId() : name) + ".xlsx";
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        return button;
    }

    private void confirmDelete() {
        selected().ifPresent(s -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete " + s.getName() + "?",
                    "The scenario and its posts are deleted; staff and planned posts stay as they are.", "Delete",
                    e -> shownRefusal(() -> {
                        scenarios.delete(s);
                        refresh(null);
                        Notices.saved("Deleted " + s.getName());
                    }));
            confirm.setCancelable(true);
            confirm.open();
        });
    }

    /** For actions without a dialog: a refusal is shown, and the page shows the stored scenarios again. */
    private void shownRefusal(Runnable action) {
        if (!new Refusals().run(action)) {
            refresh(selectedId);
        }
    }

    /** Applies a change to the selected scenario; a refusal propagates, so a dialog shows it and stays open. */
    private void change(UnaryOperator<BudgetScenario> action) {
        BudgetScenario shown = selected().orElseThrow();
        refresh(action.apply(shown).getId());
    }

    private void refresh(Long select) {
        saved = scenarios.scenarios();
        List<PlanComparison> plans = budgets.compare();
        comparison.setItems(plans);
        plans.stream().filter(p -> p.scenarioId() != null && p.scenarioId().equals(select)).findFirst()
                .ifPresent(comparison::select);
        select(select);
    }

    private void select(Long id) {
        selectedId = id;
        Optional<BudgetScenario> scenario = selected();
        selectedPanel.setVisible(scenario.isPresent());
        scenario.ifPresent(s -> {
            selectedName.setText(s.getName());
            posts.setItems(s.getPosts());
        });
    }

    private Optional<BudgetScenario> selected() {
        return saved.stream().filter(s -> s.getId().equals(selectedId)).findFirst();
    }

    private Optional<ScenarioPost> selectedPost() {
        return posts.asSingleSelect().getOptionalValue();
    }
}
