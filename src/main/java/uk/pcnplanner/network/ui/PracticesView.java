package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;

/**
 * The member practices and their rooms. A clinical director manages every practice; a practice
 * manager sees only their own practice and keeps its rooms up to date.
 */
@Route("practices")
@PageTitle("Practices and rooms | PCN Workforce Planner")
@Menu(order = 10, title = "Practices and rooms", icon = "vaadin:building")
@RolesAllowed({UserRole.CD, UserRole.PM})
public class PracticesView extends VerticalLayout {

    final Grid<Practice> grid = new Grid<>();
    final Button add = new Button("Add practice");
    final Button edit = new Button("Edit practice");
    final Button delete = new Button("Delete practice");
    final RoomsPanel rooms;

    private final PracticeService practices;
    private final boolean director;

    public PracticesView(PracticeService practices, RoomService roomService, CurrentUser currentUser) {
        this.practices = practices;
        this.director = currentUser.isClinicalDirector();
        this.rooms = new RoomsPanel(roomService, currentUser);

        Span intro = new Span(director
                ? "The network's member practices, their opening sessions and rooms"
                : "Your practice and its rooms");
        intro.addClassName("muted");
        Div header = new Div(new H2("Practices and rooms"), intro);
        header.addClassName("view-header");
        add(header);

        configureGrid();
        if (director) {
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> open(practices.newPractice(), "Add a practice"));
            edit.addClickListener(e -> selected().ifPresent(this::openEdit));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
            add(new HorizontalLayout(add, edit, delete));
        }
        add(grid, rooms);

        // Open on a practice so its rooms show at once (a practice manager's is the only one).
        List<Practice> list = refresh(null);
        if (!list.isEmpty()) {
            grid.select(list.getFirst());
        }
    }

    private void configureGrid() {
        grid.setAriaLabel("Practices");
        grid.addColumn(Practice::getCode).setHeader("Code").setSortable(true).setAutoWidth(true);
        grid.addColumn(Practice::getName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(practice -> listSize(practice.getListSize()))
                .setHeader("List size")
                .setComparator(Practice::getListSize)
                .setAutoWidth(true);
        grid.addColumn(practice -> practice.getOpenSessions().isEmpty() ? "None" : practice.getOpenSessions().toString())
                .setHeader("Open sessions")
                .setFlexGrow(2);
        grid.addColumn(PracticesView::linkWorkerSessions).setHeader("Link worker sessions per week").setAutoWidth(true);
        grid.setEmptyStateText("No practices yet");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            rooms.show(e.getValue());
            updateButtons();
        });
    }

    static String listSize(int size) {
        return String.format(Locale.UK, "%,d", size);
    }

    static String linkWorkerSessions(Practice practice) {
        Integer sessions = practice.getLinkWorkerSessions();
        return sessions == null ? "share by list size" : String.valueOf(sessions);
    }

    private List<Practice> refresh(Practice select) {
        List<Practice> list = practices.practices();
        grid.setItems(list);
        list.stream()
                .filter(practice -> practice.equals(select))
                .findFirst()
                .ifPresentOrElse(grid::select, () -> rooms.show(null));
        updateButtons();
        return list;
    }

    private void updateButtons() {
        edit.setEnabled(selected().isPresent());
        delete.setEnabled(selected().isPresent());
    }

    private Optional<Practice> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    /** Edits a fresh copy, so the save is checked against the version the person saw in the form. */
    private void openEdit(Practice practice) {
        Practice copy;
        try {
            copy = practices.practice(practice.getId());
        } catch (IllegalArgumentException gone) {
            Notices.error(practice.getName() + " is no longer there: someone else deleted it.");
            refresh(null);
            return;
        }
        open(copy, "Edit " + practice.getName());
    }

    private void open(Practice copy, String title) {
        EditDialog<Practice> dialog = new EditDialog<>(title, new PracticeForm(), copy, practices::save, saved -> {
            refresh(saved);
            Notices.saved(saved.getName() + " saved");
        });
        dialog.open();
    }

    private void confirmDelete(Practice practice) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + practice.getName() + "?",
                practice.getName() + " and its rooms will be deleted. This cannot be undone.",
                "Delete",
                e -> delete(practice));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete(Practice practice) {
        if (new Refusals().run(() -> practices.delete(practice))) {
            Notices.saved(practice.getName() + " deleted");
            refresh(null);
        } else {
            refresh(practice);
        }
    }
}
