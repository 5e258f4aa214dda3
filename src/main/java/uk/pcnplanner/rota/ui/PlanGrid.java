package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.rota.service.ScoreWords;

/** The draft rota for one week (and optionally one practice), and what it could not place with the reasons. */
class PlanGrid extends VerticalLayout {

    static final String ALL_PRACTICES = "All practices";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Paragraph summary = new Paragraph("No plan yet: press Solve to make the first draft");
    final Select<LocalDate> week = new Select<>();
    final Select<String> practice = new Select<>();
    final WeekGrid byPractice = new WeekGrid();
    final Grid<RotaItem> placed = new Grid<>();
    final Grid<RotaItem> unassigned = new Grid<>();
    private RotaPlan plan;
    private List<String> practices = List.of();

    PlanGrid() {
        setPadding(false);
        week.setLabel("Week");
        week.setItemLabelGenerator(monday -> "Week of " + RotaWeeks.day(monday));
        week.addValueChangeListener(e -> filter());
        practice.setLabel("Practice");
        practice.addValueChangeListener(e -> filter());
        configure(placed, "Rota for the chosen week");
        placed.addColumn(i -> RotaWeeks.day(i.date()) + " " + (i.time() == null ? i.half() : i.time()))
                .setHeader("When").setKey("when").setAutoWidth(true);
        placed.addColumn(i -> Objects.toString(i.practice(), "")).setHeader("Practice").setKey("practice");
        placed.addColumn(RotaItem::who).setHeader("Who and where").setKey("who").setFlexGrow(2);
        placed.addColumn(i -> activity(i)).setHeader("Activity").setKey("activity").setAutoWidth(true);
        placed.addColumn(i -> i.pinned() ? "Pinned" : "").setHeader("Pinned").setKey("pinned").setAutoWidth(true);
        placed.setEmptyStateText("Nothing scheduled in this week");
        placed.setHeight("28rem");
        configure(unassigned, "Not scheduled");
        unassigned.addColumn(RotaItem::describe).setHeader("Item").setKey("item").setFlexGrow(1);
        unassigned.addColumn(RotaItem::reason).setHeader("Why not").setKey("reason").setFlexGrow(2);
        unassigned.setEmptyStateText("Everything is scheduled");
        unassigned.setAllRowsVisible(true);
        add(summary, new HorizontalLayout(week, practice), new H3("Clinics by practice"), byPractice,
                new H3("Everything scheduled in the week"), placed, new H3("Not scheduled"), unassigned);
    }

    void show(RotaPlan latest) {
        this.plan = latest;
        summary.setText("Draft of " + RotaWeeks.day(latest.createdAt().atZone(LONDON)
                .toLocalDate()) + ": " + ScoreWords.describe(latest.score(), latest.unassigned()));
        List<LocalDate> weeks = latest.items().stream().filter(RotaItem::isPlaced).map(i -> RotaWeeks.monday(i.date()))
                .distinct().sorted().toList();
        practices = new ArrayList<>(List.of(ALL_PRACTICES));
        latest.items().stream().map(RotaItem::practice).filter(Objects::nonNull).distinct().sorted().forEach(practices::add);
        LocalDate chosen = weeks.contains(week.getValue()) ? week.getValue() : weeks.isEmpty() ? null : weeks.getFirst();
        week.setItems(weeks);
        week.setValue(chosen);
        String place = practices.contains(practice.getValue()) ? practice.getValue() : ALL_PRACTICES;
        practice.setItems(practices);
        practice.setValue(place);
        unassigned.setItems(latest.unassignedItems());
        filter();
    }

    /** Turns to the item's week across all practices and selects it, for the Understand panel's links. */
    void reveal(RotaItem item) {
        week.setValue(RotaWeeks.monday(item.date()));
        practice.setValue(ALL_PRACTICES);
        placed.select(item);
        placed.scrollToItem(item);
    }

    private void filter() {
        // show() sets the week before the practice; the second change filters with both.
        if (plan == null || practice.getValue() == null) {
            return;
        }
        List<RotaItem> chosen = plan.items().stream()
                .filter(RotaItem::isPlaced)
                .filter(i -> RotaWeeks.monday(i.date()).equals(week.getValue()))
                .filter(i -> ALL_PRACTICES.equals(practice.getValue()) || Objects.equals(i.practice(), practice.getValue()))
                .sorted(Comparator.comparing(RotaItem::date).thenComparing(RotaItem::half)
                        .thenComparing(i -> Objects.toString(i.practice(), "")))
                .toList();
        placed.setItems(chosen);
        byPractice.show(chosen, week.getValue(), ALL_PRACTICES.equals(practice.getValue())
                ? practices.stream().filter(p -> !ALL_PRACTICES.equals(p)).toList() : List.of(practice.getValue()));
    }

    private static String activity(RotaItem item) {
        String name = item.activity().name().replace('_', '-');
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    private static void configure(Grid<RotaItem> grid, String label) {
        grid.getElement().setAttribute("aria-label", label);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    }
}
