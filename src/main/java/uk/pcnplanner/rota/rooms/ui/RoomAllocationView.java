package uk.pcnplanner.rota.rooms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.service.PracticeService;
import uk.pcnplanner.network.service.RoomService;
import uk.pcnplanner.rota.rooms.service.RoomAllocationService;
import uk.pcnplanner.rota.rooms.service.RoomAllocationService.Source;
import uk.pcnplanner.rota.rooms.service.RoomWeek;
import uk.pcnplanner.rota.rooms.service.RoomWeek.Gap;
import uk.pcnplanner.rota.rooms.service.RoomWeek.RoomRow;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.time.Half;

/**
 * Room allocation: a practice's rooms by weekday session for one week, with who is in each, the sessions
 * kept back for GPs, how full each room is, and what could not get a room and why.
 */
@Route("room-allocation")
@PageTitle("Room allocation | PCN Workforce Planner")
@Menu(order = 17, title = "Room allocation", icon = "vaadin:office")
@RolesAllowed({UserRole.CD, UserRole.PM})
public class RoomAllocationView extends VerticalLayout {

    static final String UNAVAILABLE_PART = "room-unavailable";

    final Select<Practice> practice = new Select<>();
    final Select<LocalDate> week = new Select<>();
    final Select<Source> source = new Select<>();
    final Paragraph summary = new Paragraph();
    final Grid<RoomRow> rooms = new Grid<>();
    final Grid<Gap> gaps = new Grid<>();
    private final RoomAllocationService allocation;
    private final RoomService roomService;

    public RoomAllocationView(RoomAllocationService allocation, PracticeService practices, RoomService roomService,
            CurrentUser user) {
        this.allocation = allocation;
        this.roomService = roomService;
        Paragraph intro = new Paragraph("Who is in each room, session by session. Shaded sessions are kept back for "
                + "GP or practice use; change them with the room's button, and the next solve keeps clear of them.");
        intro.addClassName("muted");
        Div header = new Div(new H2("Room allocation"), intro);
        header.addClassName("view-header");
        practice.setLabel("Practice");
        practice.setItemLabelGenerator(Practice::getName);
        week.setLabel("Week");
        week.setItemLabelGenerator(monday -> "Week of " + RotaWeeks.day(monday));
        source.setLabel("Plan");
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> s == Source.DRAFT ? "Latest draft" : "Published rota");
        source.setValue(user.isClinicalDirector() ? Source.DRAFT : Source.PUBLISHED);
        source.setVisible(user.isClinicalDirector());
        configureRooms();
        configureGaps();
        add(header, new HorizontalLayout(practice, week, source), summary, rooms,
                new H3("Sessions that could not get a room"), gaps);
        List<Practice> mine = practices.practices();
        practice.setItems(mine);
        practice.setReadOnly(mine.size() == 1);
        practice.setValue(mine.isEmpty() ? null : mine.getFirst());
        List<LocalDate> weeks = mine.isEmpty() ? List.of() : allocation.weeks(mine.getFirst().getId());
        week.setItems(weeks);
        week.setValue(weeks.isEmpty() ? null : weeks.getFirst());
        practice.addValueChangeListener(e -> refresh());
        week.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void configureRooms() {
        rooms.getElement().setAttribute("aria-label", "Rooms by session for the chosen week");
        rooms.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rooms.addColumn(r -> r.room().getName() + " (" + r.room().getType().label() + ")").setHeader("Room")
                .setKey("room").setFrozen(true).setAutoWidth(true);
        for (int i = 0; i < RoomWeek.SESSIONS; i++) {
            int session = i;
            String name = DayOfWeek.of(i / 2 + 1).getDisplayName(TextStyle.SHORT, Locale.UK) + " " + Half.values()[i % 2];
            rooms.addColumn(r -> r.cells().get(session).text()).setHeader(name)
                    .setKey(name.toLowerCase(Locale.ROOT).replace(' ', '-'))
                    .setPartNameGenerator(r -> r.cells().get(session).unavailable() ? UNAVAILABLE_PART : null);
        }
        rooms.addColumn(r -> r.use().describe()).setHeader("Used").setKey("used").setAutoWidth(true);
        rooms.addComponentColumn(r -> {
            Button edit = new Button("Unavailable sessions…", e -> new UnavailableDialog(r.room(), roomService,
                    this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel("Change when " + r.room().getName() + " is kept back for GP or practice use");
            return edit;
        }).setHeader("Change").setKey("edit").setAutoWidth(true);
        rooms.setAllRowsVisible(true);
        rooms.setEmptyStateText("This practice has no rooms yet: add them under Practices and rooms");
    }

    private void configureGaps() {
        gaps.getElement().setAttribute("aria-label", "Sessions that could not get a room");
        gaps.addColumn(g -> g.activity().name()).setHeader("Activity").setKey("activity").setAutoWidth(true);
        gaps.addColumn(Gap::who).setHeader("Who").setKey("who").setAutoWidth(true);
        gaps.addColumn(Gap::reason).setHeader("Why not").setKey("reason").setFlexGrow(1);
        gaps.setHeight("18rem");
        gaps.setEmptyStateText("Every clinic and working session here this week has a room");
    }

    private void refresh() {
        if (practice.getValue() == null || week.getValue() == null) {
            return;
        }
        RoomWeek shown = allocation.week(practice.getValue().getId(), week.getValue(), source.getValue());
        summary.setText(shown.practice() + ", week of " + RotaWeeks.day(shown.monday()) + " · " + shown.source()
                + " · rooms used " + shown.use().describe());
        rooms.setItems(shown.rooms());
        gaps.setItems(shown.gaps());
    }
}
