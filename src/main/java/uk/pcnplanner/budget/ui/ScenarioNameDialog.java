package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import uk.pcnplanner.base.ui.Refusals;

/** Asks for a scenario's name, for a new scenario or a rename; the service checks it. */
class ScenarioNameDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button save;
    private final Consumer<String> action;

    ScenarioNameDialog(String title, String current, String saveLabel, Consumer<String> action) {
        this.action = action;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        name.setValue(current == null ? "" : current);
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setWidth("24em");
        add(name);
        save = new Button(saveLabel, e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        Refusals refusals = new Refusals().field("Name", name);
        if (refusals.run(() -> action.accept(name.getValue()))) {
            close();
        }
    }
}
