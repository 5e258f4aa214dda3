package uk.pcnplanner.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uk.pcnplanner.calendar.service.CalendarPerson;
import uk.pcnplanner.calendar.service.CalendarService;
import uk.pcnplanner.security.CurrentUser;

/** Calendar files for Outlook: the people the signed-in user may download for, one link each. */
@Route("calendars")
@PageTitle("Calendars | PCN Workforce Planner")
@Menu(order = 85, title = "Calendars", icon = "vaadin:calendar-envelope")
@PermitAll
public class CalendarView extends VerticalLayout {

    final Grid<CalendarPerson> grid = new Grid<>();
    final Anchor everyone;

    public CalendarView(CalendarService calendars, CurrentUser currentUser) {
        Div header = new Div(new H2("Calendars"), muted("Each file holds a person's rota and supervision in "
                + "London time. Open it in Outlook to add the events; importing a newer file updates them "
                + "rather than adding them twice."));
        header.addClassName("view-header");
        add(header);
        everyone = currentUser.isClinicalDirector()
                ? new Anchor(CalendarDownloads.of(calendars::everyone), "Download everyone's calendars (zip)") : null;
        if (everyone != null) {
            add(everyone);
        }
        grid.getElement().setAttribute("aria-label", "Calendars to download");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CalendarPerson::name).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addColumn(CalendarPerson::role).setHeader("Role").setKey("role").setAutoWidth(true);
        grid.addColumn(CalendarPerson::practice).setHeader("Base practice").setKey("practice").setAutoWidth(true);
        grid.addColumn(CalendarPerson::events).setHeader("Events").setKey("events").setAutoWidth(true);
        grid.addComponentColumn(p -> download(calendars, p)).setHeader("Calendar file").setKey("download").setAutoWidth(true);
        List<CalendarPerson> people = calendars.people();
        grid.setItems(people);
        add(people.isEmpty() ? muted("There is no calendar for you to download: your login is not linked to "
                + "a staff record, and no staff are based at a practice you manage.") : grid);
    }

    private static Component download(CalendarService calendars, CalendarPerson person) {
        long id = person.staffId();
        Anchor link = new Anchor(CalendarDownloads.of(() -> calendars.calendar(id)), "Download .ics");
        link.getElement().setAttribute("aria-label", "Download the calendar of " + person.name());
        return link;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }
}
