package uk.pcnplanner.rota.rooms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.WeeklySession;

/** Which weekday sessions a room is kept back for others (usually GPs); saved through the rooms' own rules. */
class UnavailableDialog extends Dialog {

    static final String SAVED = "Changes apply at the next solve: the current plan keeps its rooms until then";

    final CheckboxGroup<WeeklySession> sessions = new CheckboxGroup<>("Kept back for GP or practice use");
    final Button save = new Button("Save", e -> save());
    private final Room room;
    private final RoomService rooms;
    private final Runnable saved;
    private final Refusals refusals = new Refusals();

    UnavailableDialog(Room room, RoomService rooms, Runnable saved) {
        this.room = room;
        this.rooms = rooms;
        this.saved = saved;
        setHeaderTitle("Unavailable sessions: " + room.getName());
        List<WeeklySession> weekdays = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            for (Half half : Half.values()) {
                weekdays.add(new WeeklySession(day, half));
            }
        }
        sessions.setItems(weekdays);
        sessions.setItemLabelGenerator(WeeklySession::toString);
        sessions.setValue(Set.copyOf(room.getUnavailable().sessions().stream().filter(weekdays::contains).toList()));
        refusals.field("Unavailable", sessions);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph note = new Paragraph(SAVED + ".");
        note.addClassName("muted");
        add(note, sessions);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        // Weekend sessions are not shown here; whatever the room already had there is kept.
        SessionSet weekend = room.getUnavailable().minus(SessionSet.of(
                sessions.getListDataView().getItems().toArray(WeeklySession[]::new)));
        room.setUnavailable(SessionSet.of(sessions.getValue().toArray(WeeklySession[]::new)).union(weekend));
        if (refusals.run(() -> rooms.save(room))) {
            Notices.saved(room.getName() + ": unavailable sessions saved. " + SAVED);
            close();
            saved.run();
        }
    }
}
