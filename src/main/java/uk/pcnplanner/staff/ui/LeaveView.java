package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.base.ui.Refusals;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.LeavePeriod;
import uk.pcnplanner.staff.service.LeaveService;
import uk.pcnplanner.staff.service.StaffFilter;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;
import uk.pcnplanner.time.Half;

/** Leave, whole or half days: recorded by the clinical director, seen by practice managers. */
@Route("leave")
@PageTitle("Leave | PCN Workforce Planner")
@Menu(order = 25, title = "Leave", icon = "vaadin:calendar-user")
@RolesAllowed({UserRole.CD, UserRole.PM})
public class LeaveView extends VerticalLayout {

    /** The Sessions choice; null half means whole days. */
    record Sessions(String label, Half half) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Sessions> SESSIONS = List.of(
            new Sessions("Whole days", null), new Sessions("AM only", Half.AM), new Sessions("PM only", Half.PM));

    private final LeaveService service;
    private final boolean director;
    final Grid<LeavePeriod> grid = new Grid<>();
    final ComboBox<StaffListItem> person = new ComboBox<>("Person");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<Sessions> sessions = new Select<>();
    final Button add = new Button("Add leave", e -> add());
    private final Refusals refusals =
            new Refusals().field("From", from).field("To", to).field("Sessions", sessions).field("Person", person);

    public LeaveView(LeaveService service, StaffService staff, CurrentUser currentUser) {
        this.service = service;
        this.director = currentUser.isClinicalDirector();
        Div header = new Div(new H2("Leave"), muted(director
                ? "Leave takes people out of the rota and frees their rooms"
                : "Leave of the people who work at your practice"));
        header.addClassName("view-header");
        add(header);
        if (director) {
            add(form(staff.list(StaffFilter.all())));
        }
        configureGrid();
        add(grid);
        refresh();
    }

    private HorizontalLayout form(List<StaffListItem> people) {
        person.setItems(people);
        person.setItemLabelGenerator(p -> p.name() + " (" + p.staffCode() + ")");
        person.setRequired(true);
        from.setRequired(true);
        to.setRequired(true);
        from.addValueChangeListener(e -> {
            if (e.getValue() != null && to.isEmpty()) {
                to.setValue(e.getValue());
            }
        });
        sessions.setLabel("Sessions");
        sessions.setItems(SESSIONS);
        sessions.setValue(SESSIONS.getFirst());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(person, from, to, sessions, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureGrid() {
        grid.getElement().setAttribute("aria-label", "Leave");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.getStaff().getName()).setHeader("Person").setKey("person").setSortable(true);
        grid.addColumn(l -> l.getStaff().getStaffCode()).setHeader("Staff ID").setKey("staffId").setAutoWidth(true);
        grid.addColumn(LeavePeriod::describe).setHeader("Leave").setKey("leave").setFlexGrow(2);
        if (director) {
            grid.addComponentColumn(this::deleteButton).setHeader("Action").setKey("delete").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText("No leave recorded");
    }

    private Button deleteButton(LeavePeriod period) {
        Button delete = new Button("Delete", e -> delete(period));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.setAriaLabel("Delete leave of " + period.getStaff().getName() + " on " + period.describe());
        return delete;
    }

    private void add() {
        if (person.isEmpty()) {
            person.setInvalid(true);
            person.setErrorMessage("Choose whose leave it is");
            return;
        }
        refusals.clear();
        refusals.get(() -> service.add(person.getValue().id(), from.getValue(), to.getValue(), sessions.getValue().half()))
                .ifPresent(saved -> {
                    refresh();
                    Notices.saved("Leave of " + saved.getStaff().getName() + " on " + saved.describe() + " saved");
                });
    }

    private void delete(LeavePeriod period) {
        if (refusals.run(() -> service.delete(period))) {
            Notices.saved("Leave of " + period.getStaff().getName() + " on " + period.describe() + " deleted");
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(service.leave());
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
