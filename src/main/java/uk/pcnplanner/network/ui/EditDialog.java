package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A form with Save and Cancel. Save writes valid input into the copy and hands it to the service;
 * a refusal or a conflicting change elsewhere is shown and the dialog stays open with the input.
 */
final class EditDialog<T> extends Dialog {

    final Button save = new Button("Save");
    final Button cancel = new Button("Cancel");
    final EditForm<T> form;

    private final T copy;
    private final SerializableFunction<T, T> service;
    private final SerializableConsumer<T> onSaved;

    EditDialog(
            String title,
            EditForm<T> form,
            T copy,
            SerializableFunction<T, T> service,
            SerializableConsumer<T> onSaved) {
        this.form = form;
        this.copy = copy;
        this.service = service;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        form.read(copy);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        if (!form.writeTo(copy)) {
            return;
        }
        form.refusals.get(() -> service.apply(copy)).ifPresent(saved -> {
            close();
            onSaved.accept(saved);
        });
    }
}
