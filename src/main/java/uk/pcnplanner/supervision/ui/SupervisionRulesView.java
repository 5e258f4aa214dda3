package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.supervision.domain.SupervisionRule;
import uk.pcnplanner.supervision.service.RuleWithDefault;
import uk.pcnplanner.supervision.service.SupervisionRuleService;

/** How often each role is supervised, beside the default and its source; the clinical director edits. */
@Route("supervision/rules")
@PageTitle("Supervision rules | PCN Workforce Planner")
@Menu(order = 28, title = "Supervision rules", icon = "vaadin:academy-cap")
@PermitAll
public class SupervisionRulesView extends VerticalLayout {

    private final SupervisionRuleService service;
    private final boolean canEdit;
    final Grid<RuleWithDefault> grid = new Grid<>();
    RuleDialog dialog;
    AddRuleDialog adding;

    public SupervisionRulesView(SupervisionRuleService service, RoleCatalogueService roles, CurrentUser currentUser) {
        this.service = service;
        this.canEdit = currentUser.isClinicalDirector();
        Div header = new Div(new H2("Supervision rules"), muted("What each role needs: the kind of supervision, "
                + "how long and how often. The solver schedules what is due and not booked from these rules"
                + (canEdit ? "; edit a rule to change it for your network." : ". The clinical director changes them.")));
        header.addClassName("view-header");
        grid.getElement().setAttribute("aria-label", "Supervision rules");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.rule().getRole().getName() + " (" + r.rule().getRole().getCode() + ")")
                .setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(r -> r.rule().getKind().label()).setHeader("Kind").setKey("kind").setAutoWidth(true);
        grid.addColumn(r -> r.rule().getMinutes() + " min").setHeader("Length").setKey("minutes").setAutoWidth(true);
        grid.addColumn(r -> "Every " + RuleWithDefault.weeks(r.rule().getEveryWeeks()))
                .setHeader("Cadence").setKey("cadence").setAutoWidth(true);
        grid.addColumn(r -> groupSize(r.rule())).setHeader("Group size").setKey("groupSize").setAutoWidth(true);
        grid.addColumn(r -> r.isDefault() ? "Default" : r.defaultText())
                .setHeader("Default").setKey("default").setAutoWidth(true)
                .setTooltipGenerator(r -> r.fallback() == null ? null : "Default source: " + r.fallback().basis());
        grid.addColumn(r -> r.rule().getBasis()).setHeader("Source").setKey("source").setFlexGrow(2);
        if (canEdit) {
            grid.addComponentColumn(this::editButton).setHeader("Action").setKey("edit").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        add(header);
        if (canEdit) {
            add(addButton(roles));
        }
        add(grid);
        refresh();
    }

    private Button addButton(RoleCatalogueService roles) {
        Button add = new Button("Add a rule", e -> {
            adding = new AddRuleDialog(service, roles.roles(), this::refresh);
            adding.open();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return add;
    }

    private Component editButton(RuleWithDefault shown) {
        Button edit = new Button("Edit", e -> open(shown));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + shown.rule().auditLabel());
        return edit;
    }

    void open(RuleWithDefault shown) {
        dialog = new RuleDialog(service, shown, this::refresh);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(service.rules());
    }

    private static String groupSize(SupervisionRule rule) {
        return rule.getGroupSize() == null ? "" : "Up to " + rule.getGroupSize();
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
