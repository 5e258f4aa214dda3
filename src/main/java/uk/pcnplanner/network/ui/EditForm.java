package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import uk.pcnplanner.base.ui.Refusals;

/**
 * A form editing a copy of one entity through a buffered {@link Binder}: nothing reaches the copy
 * until the input is valid, and a service's refusal can be shown on the field it concerns.
 */
abstract class EditForm<T> extends FormLayout {

    protected final Binder<T> binder = new Binder<>();
    final Refusals refusals = new Refusals();

    /** Shows the values of a copy; the copy itself is only written by {@link #writeTo}. */
    void read(T copy) {
        binder.readBean(copy);
    }

    /** Writes the input into the copy if every field is valid; otherwise marks the invalid fields. */
    boolean writeTo(T copy) {
        return binder.writeBeanIfValid(copy);
    }

    /** Connects the field name a service uses in {@link InvalidEditException#field()} to the form's field. */
    protected void serviceField(String name, HasValidation field) {
        refusals.field(name, field);
    }

    /** Validates as the person types, so the parser's or validator's message shows at once. */
    protected static <F extends HasValueChangeMode> F eager(F field) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }
}
