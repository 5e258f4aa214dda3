package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.service.StaffListItem;
import uk.pcnplanner.staff.service.StaffService;

/**
 * The network's staff. A clinical director sees pay and edits everyone; a practice manager sees
 * the people who work at their practice, read-only and without pay (the service leaves it out).
 */
@Route("staff")
@PageTitle("Staff | PCN Workforce Planner")
@Menu(order = 20, title = "Staff", icon = "vaadin:users")
@RolesAllowed({UserRole.CD, UserRole.PM})
public class StaffView extends VerticalLayout {

    private final StaffService staff;
    private final List<Role> roles;
    private final List<Practice> practices;
    private final StaffFilters filters;
    private final StaffGrid grid;
    private final Span count = new Span();

    public StaffView(
            StaffService staff,
            PracticeService practiceService,
            RoleCatalogueService roleCatalogue,
            CurrentUser currentUser) {
        this.staff = staff;
        this.roles = roleCatalogue.roles();
        this.practices = practiceService.practices();
        boolean director = currentUser.isClinicalDirector();

        Div header = new Div(new H2("Staff"), count);
        header.addClassName("view-header");
        count.addClassName("muted");
        if (director) {
            Button add = new Button("Add staff", VaadinIcon.PLUS.create(), e -> add());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        filters = new StaffFilters(roles, practices, this::refresh);
        grid = new StaffGrid(director, director ? this::edit : null);
        grid.setSizeFull();

        setSizeFull();
        add(header, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        List<StaffListItem> items = staff.list(filters.filter());
        grid.setItems(items);
        count.setText(items.size() + " staff");
    }

    private void add() {
        new StaffDialog(staff, roles, practices, staff.newStaff(), this::refresh).open();
    }

    private void edit(StaffListItem item) {
        Staff copy;
        try {
            copy = staff.forEdit(item.id());
        } catch (IllegalArgumentException gone) {
            Notices.error(item.name() + " is no longer in the list: someone else may have deleted them.");
            refresh();
            return;
        }
        new StaffDialog(staff, roles, practices, copy, this::refresh).open();
    }
}
