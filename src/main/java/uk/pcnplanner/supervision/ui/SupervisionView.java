package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.supervision.service.BookedSession;
import uk.pcnplanner.supervision.service.DueRow;
import uk.pcnplanner.supervision.service.SupervisionBookings;
import uk.pcnplanner.supervision.service.SupervisionService;
import uk.pcnplanner.supervision.service.SupervisorChoice;
import uk.pcnplanner.supervision.service.SuggestedSlot;

/**
 * A supervisor's page: their supervisees' standing, booking from suggested times, and their
 * booked sessions. The clinical director chooses whose page to see.
 */
@Route("supervision")
@PageTitle("Supervision | PCN Workforce Planner")
@Menu(order = 27, title = "Supervision", icon = "vaadin:group")
@RolesAllowed({UserRole.CD, UserRole.SV})
public class SupervisionView extends VerticalLayout {

    private final SupervisionService service;
    private final SupervisionBookings bookings;
    final ComboBox<SupervisorChoice> supervisor = new ComboBox<>("Supervisor");
    final SuperviseeGrid supervisees = new SuperviseeGrid();
    final BookingForm form = new BookingForm();
    final SlotList slots = new SlotList();
    final BookedGrid booked = new BookedGrid(this::suggestMove, this::confirmCancel);
    private final Refusals refusals = new Refusals();

    public SupervisionView(SupervisionService service, SupervisionBookings bookings, CurrentUser currentUser) {
        this.service = service;
        this.bookings = bookings;
        boolean director = currentUser.isClinicalDirector();
        Div header = new Div(new H2(director ? "Supervision" : "My supervisees"), muted(
                "Last and next supervision of each kind, and when it is due; book from the suggested times"));
        header.addClassName("view-header");
        List<SupervisorChoice> choices = service.supervisors();
        supervisor.setItems(choices);
        supervisor.setVisible(director);
        supervisor.addValueChangeListener(e -> refresh());
        form.suggest.addClickListener(e -> suggest());
        refusals.field("Supervisee", form.who).field("Kind", form.kind);
        add(header, supervisor, supervisees, new H3("Book"), form, slots, new H3("Booked"), booked);
        if (!choices.isEmpty()) {
            supervisor.setValue(choices.getFirst());
        }
    }

    private void refresh() {
        slots.clear();
        if (supervisor.getValue() == null) {
            return;
        }
        List<DueRow> rows = service.supervisees(supervisorId());
        supervisees.setItems(rows);
        form.show(rows);
        booked.setItems(service.booked(supervisorId()));
    }

    private void suggest() {
        refusals.clear();
        List<Long> who = form.chosenIds();
        refusals.get(() -> service.suggest(supervisorId(), who, form.kind.getValue())).ifPresent(found ->
                slots.show("Suggested times", found, "Book", slot -> book(who, slot)));
    }

    private void book(List<Long> who, SuggestedSlot slot) {
        refusals.get(() -> bookings.book(supervisorId(), who, form.kind.getValue(), slot)).ifPresent(done -> {
            Notices.saved("Booked: " + done.describe());
            refresh();
            afterTaking();
        });
    }

    // The button taken goes with the suggestions, which would drop a keyboard user's focus to the top of the
    // page: it goes back to where they asked for times, just before the booked list.
    private void afterTaking() {
        form.suggest.focus();
    }

    private void suggestMove(BookedSession session) {
        refusals.get(() -> service.suggestMove(session.id())).ifPresent(found -> slots.show(
                "Times to move " + session.describe() + " to", found, "Move here", slot -> move(session, slot)));
    }

    private void move(BookedSession session, SuggestedSlot slot) {
        refusals.get(() -> bookings.reschedule(session.id(), session.version(), slot)).ifPresent(done -> {
            Notices.saved("Moved: " + done.describe());
            refresh();
            afterTaking();
        });
    }

    private void confirmCancel(BookedSession session) {
        ConfirmDialog confirm = new ConfirmDialog("Cancel this supervision?", session.describe()
                + " will be cancelled, and the rota's next solve may place it again.", "Cancel it",
                e -> cancel(session));
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void cancel(BookedSession session) {
        if (refusals.run(() -> bookings.cancel(session.id(), session.version()))) {
            Notices.saved("Cancelled: " + session.describe());
            refresh();
        }
    }

    private Long supervisorId() {
        return supervisor.getValue().id();
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
