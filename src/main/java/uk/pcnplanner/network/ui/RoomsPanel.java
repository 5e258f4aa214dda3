package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.PortalUser;
import uk.pcnplanner.security.UserRole;

/** The rooms of one practice, which its practice manager or a clinical director may change. */
final class RoomsPanel extends VerticalLayout {

    final H3 heading = new H3("Rooms");
    final Grid<Room> grid = new Grid<>();
    final Button add = new Button("Add room");
    final Button edit = new Button("Edit room");
    final Button delete = new Button("Delete room");

    private final RoomService rooms;
    private final CurrentUser currentUser;
    private Practice practice;

    RoomsPanel(RoomService rooms, CurrentUser currentUser) {
        this.rooms = rooms;
        this.currentUser = currentUser;
        setPadding(false);
        grid.addColumn(Room::getName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(room -> room.getType().label()).setHeader("Type").setSortable(true).setAutoWidth(true);
        grid.addColumn(Room::getCapacity).setHeader("Capacity").setSortable(true);
        grid.addColumn(room -> room.isAccessible() ? "Yes" : "No").setHeader("Accessible");
        grid.addColumn(room -> room.getUnavailable().isEmpty() ? "None" : room.getUnavailable().toString())
                .setHeader("Unavailable sessions")
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons());

        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(rooms.newRoom(practice.getId()), "Add a room to " + practice.getName()));
        edit.addClickListener(e -> selected().ifPresent(this::openEdit));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));

        add(heading, new HorizontalLayout(add, edit, delete), grid);
        show(null);
    }

    /** Shows a practice's rooms, or an empty list asking for a practice when there is none. */
    void show(Practice selected) {
        practice = selected;
        heading.setText(selected == null ? "Rooms" : "Rooms at " + selected.getName());
        grid.setAriaLabel(heading.getText());
        grid.setEmptyStateText(selected == null ? "Choose a practice to see its rooms" : "No rooms recorded yet");
        refresh();
    }

    private void refresh() {
        refresh(null);
    }

    private void refresh(Room select) {
        List<Room> list = practice == null ? List.of() : rooms.rooms(practice.getId());
        grid.setItems(list);
        list.stream().filter(room -> room.equals(select)).findFirst().ifPresent(grid::select);
        updateButtons();
    }

    private void updateButtons() {
        boolean mayChange = practice != null && mayChange(practice);
        boolean chosen = selected().isPresent();
        add.setEnabled(mayChange);
        edit.setEnabled(mayChange && chosen);
        delete.setEnabled(mayChange && chosen);
    }

    private boolean mayChange(Practice shown) {
        PortalUser user = currentUser.find().orElse(null);
        return user != null
                && (user.is(UserRole.CLINICAL_DIRECTOR)
                        || user.is(UserRole.PRACTICE_MANAGER) && shown.getId().equals(user.practiceId()));
    }

    private Optional<Room> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    /** Edits a fresh copy, so the save is checked against the version the person saw in the form. */
    private void openEdit(Room room) {
        Room copy;
        try {
            copy = rooms.room(room.getId());
        } catch (IllegalArgumentException gone) {
            Notices.error(room.getName() + " is no longer there: someone else deleted it.");
            refresh();
            return;
        }
        open(copy, "Edit " + room.getName());
    }

    private void open(Room copy, String title) {
        EditDialog<Room> dialog = new EditDialog<>(title, new RoomForm(), copy, rooms::save, saved -> {
            refresh(saved);
            Notices.saved(saved.getName() + " saved");
        });
        dialog.open();
    }

    private void confirmDelete(Room room) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + room.getName() + "?",
                room.getName() + " will be removed from " + practice.getName() + "'s rooms.",
                "Delete",
                e -> delete(room));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(Room room) {
        if (new Refusals().run(() -> rooms.delete(room))) {
            Notices.saved(room.getName() + " deleted");
        }
        refresh();
    }
}
