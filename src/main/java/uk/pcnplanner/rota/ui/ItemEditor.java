package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.rota.edit.Choice;
import uk.pcnplanner.rota.edit.EditOptions;
import uk.pcnplanner.rota.edit.PlanEdit;
import uk.pcnplanner.rota.edit.PlanEditService;
import uk.pcnplanner.rota.edit.Suggestion;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;

/**
 * The selected item: pin or unpin it, move it to another person, session or room (or assign it),
 * or apply one of the best places offered. The service checks every change; a refusal shows here with its reason.
 */
class ItemEditor extends Div {

    static final int SUGGESTIONS = 3;

    final H3 title = new H3("Select an item in the rota to change it");
    final Span pinState = new Span();
    final Button pin = new Button();
    final Select<Choice> person = select("Person");
    final Select<Choice> session = select("Session");
    final Select<Choice> room = select("Room");
    final Button save = new Button("Save change", e -> save());
    final Paragraph refusal = new Paragraph();
    final UnorderedList suggestions = new UnorderedList();
    private final Div form = new Div();
    private final PlanEditService edits;
    private final long networkId;
    private final Runnable changed;
    private final Map<String, HasValidation> fields;
    private RotaItem item;
    private RotaPlan plan;

    /** @param changed reloads the page's plan after a saved change */
    ItemEditor(PlanEditService edits, long networkId, Runnable changed) {
        this.edits = edits;
        this.networkId = networkId;
        this.changed = changed;
        this.fields = Map.of("person", person, "session", session, "room", room);
        addClassName("item-editor");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pin.addClickListener(e -> pin());
        refusal.addClassName("refusal");
        refusal.getElement().setAttribute("role", "alert");
        form.add(new HorizontalLayout(pinState, pin), new HorizontalLayout(person, session, room, save), refusal,
                new H3("Best places"), suggestions);
        form.setVisible(false);
        add(title, form);
    }

    void show(RotaItem selected, RotaPlan current) {
        this.item = selected;
        this.plan = current;
        title.setText(selected.describe());
        clearRefusal();
        form.setVisible(true);
        pinState.removeAll();
        pinState.add(selected.pinned() ? VaadinIcon.PIN.create() : VaadinIcon.UNLOCK.create(),
                new Span(selected.pinned() ? " Pinned: the solver keeps it where it is"
                        : selected.isPlaced() ? " Not pinned: the next solve may move it" : " Not scheduled"));
        pin.setText(selected.pinned() ? "Unpin" : "Pin");
        pin.setEnabled(selected.isPlaced() && !current.isLive());
        boolean editable = !current.isLive();
        save.setEnabled(editable);
        suggestions.removeAll();
        if (!editable) {
            refusal.setText("The plan cannot be edited while a solve is improving it");
            return;
        }
        EditOptions options = edits.options(networkId, selected.key());
        fill(person, options.people(), options.person(), options.personFixed());
        fill(session, options.sessions(), options.session(), options.sessionFixed());
        fill(room, options.rooms(), options.room(), false);
        showSuggestions(edits.suggestions(networkId, current.draftId(), current.version(), selected.key(), SUGGESTIONS));
    }

    private void showSuggestions(List<Suggestion> found) {
        found.forEach(s -> {
            Button apply = new Button("Apply", e -> apply(s.edit()));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            apply.setEnabled(s.allowed());
            apply.setAriaLabel("Apply: " + s.description());
            suggestions.add(new ListItem(new Span(s.description() + " "), apply));
        });
        if (found.isEmpty()) {
            suggestions.add(new ListItem("There is nowhere else this item could go"));
        }
    }

    private void save() {
        apply(new PlanEdit(plan.draftId(), plan.version(), item.key(), id(person), id(session), id(room)));
    }

    private void apply(PlanEdit edit) {
        if (run(() -> edits.move(networkId, edit))) {
            Notices.saved(item.describe() + ": change saved");
            changed.run();
        }
    }

    private void pin() {
        boolean pinning = !item.pinned();
        if (run(() -> edits.pin(networkId, plan.draftId(), plan.version(), item.key(), pinning))) {
            Notices.saved(item.describe() + (pinning ? ": pinned" : ": unpinned"));
            changed.run();
        }
    }

    private boolean run(Runnable call) {
        clearRefusal();
        try {
            call.run();
            return true;
        } catch (InvalidEditException refused) {
            refusal.setText(refused.reason());
            HasValidation field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(refused.reason());
                field.setInvalid(true);
            }
            Notices.error(refused.reason());
        } catch (ChangedElsewhereException stale) {
            changed.run();
            refusal.setText(stale.getMessage());
            Notices.error(stale.getMessage());
        }
        return false;
    }

    private void clearRefusal() {
        refusal.setText("");
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private static void fill(Select<Choice> select, List<Choice> choices, String current, boolean fixed) {
        select.setItems(choices);
        select.setValue(choices.stream().filter(c -> Objects.equals(c.id(), current)).findFirst().orElse(null));
        select.setReadOnly(fixed);
    }

    private static String id(Select<Choice> select) {
        return select.getValue() == null ? null : select.getValue().id();
    }

    private static Select<Choice> select(String label) {
        Select<Choice> select = new Select<>();
        select.setLabel(label);
        select.setItemLabelGenerator(Choice::label);
        select.setEmptySelectionAllowed(false);
        return select;
    }
}
