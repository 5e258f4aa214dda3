package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.service.StaffService;

/**
 * Adds, edits or deletes one person. A refusal leaves the dialog open with what was typed, so
 * nothing is lost when the service says no or someone else changed the record meanwhile.
 */
class StaffDialog extends Dialog {

    private final StaffService service;
    private final StaffForm form;
    private final Runnable onChange;
    /** The copy being edited: a new record from the service when adding someone. */
    private final Staff editing;

    StaffDialog(StaffService service, List<Role> roles, List<Practice> practices, Staff editing, Runnable onChange) {
        this.service = service;
        this.editing = editing;
        this.onChange = onChange;
        this.form = new StaffForm(roles, practices, service.supervisors());
        setHeaderTitle(editing.isNew() ? "Add staff" : "Edit " + editing.getName());
        form.edit(editing);
        add(form);
        setWidth("min(56em, 96vw)");
        setCloseOnOutsideClick(false);
        setDraggable(true);
        setResizable(true);
        footer();
    }

    private void footer() {
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        if (!editing.isNew()) {
            Button delete = new Button("Delete", e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.getStyle().set("margin-inline-end", "auto");
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        if (!form.writeTo(editing)) {
            return;
        }
        form.refusals.get(() -> service.save(editing)).ifPresent(saved -> {
            close();
            onChange.run();
            Notices.saved(saved.getName() + " saved");
        });
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete " + editing.getName() + "?");
        confirm.setText("This also removes their leave, their fixed bookings and their portal login, if any. "
                + "It cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete());
        confirm.open();
    }

    private void delete() {
        if (form.refusals.run(() -> service.delete(editing))) {
            close();
            onChange.run();
            Notices.saved(editing.getName() + " deleted");
        }
    }
}
