package uk.pcnplanner.rota.publish.ui;

import com.vaadin.flow.component.grid.Grid;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.pcnplanner.rota.export.RotaPlan;
import uk.pcnplanner.rota.export.RotaPlan.Assignment;
import uk.pcnplanner.rota.export.RotaPlan.PracticeRef;
import uk.pcnplanner.rota.export.RotaPlan.Unassigned;
import uk.pcnplanner.rota.publish.service.PublicationSummary;
import uk.pcnplanner.rota.publish.service.PublishService;
import uk.pcnplanner.rota.publish.service.PublishedRotaService;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.UserRole;

/**
 * The published rota, as a practice pins it up: a practice's week by session with who is where, what
 * could not be scheduled there, and the Excel export. Practice managers see only their own practice, a
 * staff login only their own items; nobody here sees a draft.
 */
@Route("published-rota")
@PageTitle("Published rota | PCN Workforce Planner")
@Menu(order = 16, title = "Published rota", icon = "vaadin:calendar-user")
@RolesAllowed({UserRole.CD, UserRole.PM, UserRole.SV})
public class PublishedRotaView extends VerticalLayout {

    private static final String NOTHING = "Nothing to export: no rota has been published yet";

    final Paragraph status = new Paragraph();
    final Select<PublicationSummary> publication = new Select<>();
    final Select<PracticeRef> practice = new Select<>();
    final Select<LocalDate> week = new Select<>();
    final SessionGrid grid;
    final Grid<Unassigned> gaps = new Grid<>();
    final ExportPanel export;
    final ExportPanel exportAll;
    private final PublishedRotaService published;
    private final boolean director;
    private final boolean ownOnly;
    private final Map<String, String> practiceNames = new HashMap<>();
    private RotaPlan plan;

    public PublishedRotaView(PublishedRotaService published, PublishService publishing, CurrentUser user) {
        this.published = published;
        this.director = user.isClinicalDirector();
        this.ownOnly = user.require().is(UserRole.SUPERVISOR);
        grid = ownOnly ? new SessionGrid("My published rota for the chosen week",
                a -> SessionGrid.mine(a, practiceNames))
                : new SessionGrid("Published rota for the chosen week", SessionGrid::atPractice);
        Paragraph intro = new Paragraph("The rota as the clinical director published it. Changes to the draft show "
                + "here only once they are published.");
        intro.addClassName("muted");
        Div header = new Div(new H2("Published rota"), intro);
        header.addClassName("view-header");
        publication.setLabel("Publication");
        publication.setItemLabelGenerator(PublicationSummary::label);
        publication.setWidth("36rem");
        practice.setLabel("Practice");
        practice.setItemLabelGenerator(PracticeRef::name);
        week.setLabel("Week");
        week.setItemLabelGenerator(monday -> "Week of " + RotaWeeks.day(monday));
        gaps.getElement().setAttribute("aria-label", "Not scheduled at this practice");
        gaps.addColumn(u -> u.weekStart() == null ? "" : "Week of " + RotaWeeks.day(u.weekStart()))
                .setHeader("Week").setKey("week").setAutoWidth(true);
        gaps.addColumn(u -> u.activity().name()).setHeader("Activity").setKey("activity").setAutoWidth(true);
        gaps.addColumn(Unassigned::reason).setHeader("Why not").setKey("reason").setFlexGrow(1);
        gaps.setEmptyStateText("Everything asked for at this practice was scheduled");
        gaps.setHeight("18rem");
        export = new ExportPanel("Export to Excel", this::fileName, progress -> published.workbook(
                selectedId(), code(), progress), NOTHING);
        export.button().setId("export-published");
        export.link().setId("download-published");
        exportAll = new ExportPanel("Export all practices", () -> "rota-all-practices.xlsx",
                progress -> published.workbook(selectedId(), null, progress), NOTHING);
        add(header, status, new HorizontalLayout(publication, practice, week), export, exportAll, grid,
                new H3("Not scheduled"), gaps);
        List<PublicationSummary> history = publishing.history();
        List<PracticeRef> practices = ownOnly ? List.of() : published.practices();
        practice.setVisible(!ownOnly);
        practice.setItems(practices);
        practice.setReadOnly(practices.size() == 1);
        practice.setValue(practices.isEmpty() ? null : practices.getFirst());
        publication.setItems(history);
        publication.setValue(history.isEmpty() ? null : history.getFirst());
        publication.addValueChangeListener(e -> load());
        practice.addValueChangeListener(e -> load());
        week.addValueChangeListener(e -> showWeek());
        load();
    }

    private void load() {
        Optional<RotaPlan> found = publication.getValue() == null ? Optional.empty()
                : ownOnly ? published.myRota(selectedId()) : published.rota(selectedId(), code());
        plan = found.orElse(null);
        export.setVisible(plan != null && !ownOnly);
        exportAll.setVisible(director && plan != null);
        if (plan == null) {
            status.setText("Nothing has been published yet: the clinical director publishes the rota when it is ready");
            week.setItems(List.of());
            grid.show(null, List.of());
            gaps.setItems(List.of());
            return;
        }
        status.setText(publication.getValue().label());
        plan.practices().forEach(p -> practiceNames.put(p.code(), p.name()));
        List<LocalDate> weeks = plan.assignments().stream().map(a -> RotaWeeks.monday(a.date())).distinct().sorted()
                .toList();
        LocalDate keep = weeks.contains(week.getValue()) ? week.getValue() : weeks.isEmpty() ? null : weeks.getFirst();
        week.setItems(weeks);
        week.setValue(keep);
        showWeek();
    }

    private void showWeek() {
        if (plan == null) {
            return;
        }
        LocalDate monday = week.getValue();
        List<Assignment> items = plan.assignments().stream()
                .filter(a -> Objects.equals(RotaWeeks.monday(a.date()), monday)).toList();
        grid.show(monday, items);
        gaps.setItems(plan.unassigned().stream()
                .filter(u -> monday == null || u.weekStart() == null || u.weekStart().equals(monday)).toList());
    }

    private Long selectedId() {
        return publication.getValue() == null ? null : publication.getValue().id();
    }

    private String code() {
        return practice.getValue() == null ? null : practice.getValue().code();
    }

    private String fileName() {
        return "rota-" + (code() == null ? "practice" : code()) + ".xlsx";
    }
}
