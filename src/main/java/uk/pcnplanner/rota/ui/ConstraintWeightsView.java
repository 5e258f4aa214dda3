package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.rota.service.RuleDescriptions;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.solver.weights.ConstraintWeightService;
import uk.pcnplanner.solver.weights.RuleWeight;

/** Every solver rule with its weight: the clinical director decides what matters most in their network. */
@Route("rota/weights")
@PageTitle("Rule weights | PCN Workforce Planner")
@Menu(order = 16, title = "Rule weights", icon = "vaadin:sliders")
@RolesAllowed(UserRole.CD)
public class ConstraintWeightsView extends VerticalLayout {

    private final ConstraintWeightService service;
    private final long networkId;
    final Grid<RuleWeight> grid = new Grid<>();
    final Map<String, WeightEditor> editors = new HashMap<>();
    final RotationForm rotation;

    public ConstraintWeightsView(ConstraintWeightService service, NetworkService networks) {
        this.service = service;
        this.networkId = networks.requireCurrent().getId();
        Div header = new Div(new H2("Rule weights"), muted("Hard rules are never broken by choice; medium rules say "
                + "what must be scheduled; soft rules weigh preferences against each other, and 0 switches one off. "
                + "The next solve uses these weights."));
        header.addClassName("view-header");
        grid.getElement().setAttribute("aria-label", "Rule weights");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RuleWeight::name).setHeader("Rule").setKey("rule").setAutoWidth(true);
        grid.addColumn(r -> level(r.level())).setHeader("Level").setKey("level").setAutoWidth(true);
        grid.addColumn(r -> RuleDescriptions.of(r.name())).setHeader("What it means").setKey("description")
                .setFlexGrow(2);
        grid.addComponentColumn(r -> editor(r).weight).setHeader("Weight").setKey("weight").setAutoWidth(true);
        grid.addComponentColumn(r -> onOff(r)).setHeader("On").setKey("on").setAutoWidth(true);
        grid.addComponentColumn(r -> editor(r).save).setHeader("Save").setKey("save").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        rotation = new RotationForm(service, networkId);
        add(header, grid, rotation);
        refresh();
    }

    private WeightEditor editor(RuleWeight rule) {
        return editors.computeIfAbsent(rule.name(), name -> new WeightEditor(rule, this::save));
    }

    private Component onOff(RuleWeight rule) {
        WeightEditor editor = editor(rule);
        return editor.on == null ? new Span("Always on") : editor.on;
    }

    private void save(WeightEditor editor, int weight) {
        editor.refusals.clear();
        if (editor.refusals.run(() -> service.change(networkId, editor.rule.name(), weight))) {
            Notices.saved(editor.rule.name() + ": weight " + weight + (weight == 0 ? " (switched off)" : "") + " saved");
            refresh();
        }
    }

    private void refresh() {
        editors.clear();
        grid.setItems(service.rules(networkId));
    }

    private static String level(String level) {
        return level.charAt(0) + level.substring(1).toLowerCase();
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    /** Keeps one rule's fields together so saving reads the number the person typed. */
    static final class WeightEditor {

        final RuleWeight rule;
        final IntegerField weight = new IntegerField();
        final Checkbox on;
        final Button save = new Button("Save");
        final Refusals refusals = new Refusals();

        WeightEditor(RuleWeight rule, BiConsumer<WeightEditor, Integer> saver) {
            this.rule = rule;
            weight.setValue(rule.weight());
            weight.setAriaLabel("Weight of " + rule.name());
            weight.setMin(0);
            weight.setStepButtonsVisible(true);
            refusals.field(rule.name(), weight);
            on = "SOFT".equals(rule.level()) ? new Checkbox("On", rule.weight() > 0) : null;
            if (on != null) {
                on.setAriaLabel("Use " + rule.name());
                on.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        saver.accept(this, e.getValue() ? rule.defaultWeight() : 0);
                    }
                });
            }
            save.setAriaLabel("Save the weight of " + rule.name());
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            save.addClickListener(e -> saver.accept(this, weight.getValue() == null ? -1 : weight.getValue()));
        }
    }
}
