package uk.pcnplanner.rota.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.pcnplanner.rota.service.RotaItem;
import uk.pcnplanner.rota.service.RotaPlan;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.rota.service.ScoreWords;

/**
 * The rota over its horizon, filtered by week, practice and role: clinics by practice, everything
 * by person and by room, a list, and what could not be placed with the reasons. Any entry can be
 * selected for editing.
 */
class PlanGrid extends VerticalLayout {

    static final String ALL_PRACTICES = "All practices";
    static final String ALL_ROLES = "All roles";
    static final String BY_PRACTICE = "Practices";
    static final String BY_PERSON = "People";
    static final String BY_ROOM = "Rooms";
    static final String AS_LIST = "List";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    final Paragraph summary = new Paragraph("No plan yet: press Solve to make the first draft");
    final Select<LocalDate> week = new Select<>();
    final Select<String> practice = new Select<>();
    final Select<String> role = new Select<>();
    final SessionGrid practices;
    final SessionGrid people;
    final SessionGrid rooms;
    final Grid<RotaItem> placed = new Grid<>();
    final Grid<RotaItem> unassigned = new Grid<>();
    final RadioButtonGroup<String> views = new RadioButtonGroup<>("Show the rota by");
    private final Consumer<RotaItem> onSelect;
    private RotaPlan plan;
    private String selectedKey;
    private boolean syncing;

    /** @param onSelect hears the item a person picks in any of the grids */
    PlanGrid(Consumer<RotaItem> onSelect) {
        this.onSelect = onSelect;
        setPadding(false);
        practices = new SessionGrid("Clinics by practice", "Practice", RotaItem::who, this::select);
        people = new SessionGrid("Rota by person", "Person", RotaRows::forPerson, this::select);
        rooms = new SessionGrid("Rota by room", "Room", RotaRows::forRoom, this::select);
        week.setLabel("Week");
        week.setEmptySelectionAllowed(true);
        week.setEmptySelectionCaption("All weeks");
        week.setItemLabelGenerator(monday -> monday == null ? "All weeks" : "Week of " + RotaWeeks.day(monday));
        week.addValueChangeListener(e -> filter());
        practice.setLabel("Practice");
        practice.addValueChangeListener(e -> filter());
        role.setLabel("Role");
        role.addValueChangeListener(e -> filter());
        configureList();
        views.setItems(BY_PRACTICE, BY_PERSON, BY_ROOM, AS_LIST);
        views.addValueChangeListener(e -> showView(e.getValue()));
        views.setValue(BY_PRACTICE);
        add(summary, new HorizontalLayout(week, practice, role, views), practices, people, rooms, placed,
                new H3("Not scheduled"), unassigned);
    }

    private void showView(String view) {
        practices.setVisible(BY_PRACTICE.equals(view));
        people.setVisible(BY_PERSON.equals(view));
        rooms.setVisible(BY_ROOM.equals(view));
        placed.setVisible(AS_LIST.equals(view));
    }

    void show(RotaPlan latest) {
        boolean first = plan == null;
        this.plan = latest;
        summary.setText(latest.isLive() ? "Best plan so far: " + ScoreWords.describe(latest.score(), latest.unassigned())
                : "Draft of " + RotaWeeks.day(latest.createdAt().atZone(LONDON).toLocalDate()) + ": "
                        + ScoreWords.describe(latest.score(), latest.unassigned()));
        List<LocalDate> weeks = weeks();
        // "All weeks" is kept once chosen; a week the new plan lacks falls back to its first.
        LocalDate chosenWeek = !first && (week.getValue() == null || weeks.contains(week.getValue())) ? week.getValue()
                : weeks.isEmpty() ? null : weeks.getFirst();
        syncing = true;
        week.setItems(weeks);
        week.setValue(chosenWeek);
        practice.setItems(withAll(ALL_PRACTICES, latest.items().stream().map(RotaItem::practice)));
        practice.setValue(keep(practice, ALL_PRACTICES));
        role.setItems(withAll(ALL_ROLES, latest.items().stream().map(RotaItem::role)));
        role.setValue(keep(role, ALL_ROLES));
        syncing = false;
        unassigned.setItems(latest.unassignedItems());
        filter();
    }

    /** Turns to the item's week and practice and selects it, for the Understand panel's links. */
    void reveal(RotaItem item) {
        syncing = true;
        if (item.date() != null) {
            week.setValue(RotaWeeks.monday(item.date()));
        }
        practice.setValue(item.practice() == null ? ALL_PRACTICES : item.practice());
        role.setValue(ALL_ROLES);
        syncing = false;
        filter();
        select(item);
        if (item.isPlaced()) {
            placed.scrollToItem(item);
        }
    }

    /** The selected item as the plan now has it, e.g. after an edit. */
    Optional<RotaItem> selected() {
        return plan == null || selectedKey == null ? Optional.empty() : plan.item(selectedKey);
    }

    private void select(RotaItem item) {
        selectedKey = item.key();
        syncSelection();
        practices.select(selectedKey);
        people.select(selectedKey);
        rooms.select(selectedKey);
        onSelect.accept(item);
    }

    private void filter() {
        if (syncing || plan == null) {
            return;
        }
        List<RotaItem> chosen = plan.items().stream().filter(RotaItem::isPlaced).filter(this::matches)
                .sorted(RotaRows.byTime()).toList();
        List<LocalDate> weeks = week.getValue() == null ? weeks() : List.of(week.getValue());
        List<String> shownPractices = ALL_PRACTICES.equals(practice.getValue())
                ? practice.getListDataView().getItems().filter(p -> !ALL_PRACTICES.equals(p)).toList()
                : List.of(practice.getValue());
        practices.show(RotaRows.byPractice(chosen, shownPractices, weeks), selectedKey);
        people.show(RotaRows.byPerson(chosen, weeks), selectedKey);
        rooms.show(RotaRows.byRoom(chosen, weeks), selectedKey);
        placed.setItems(chosen);
        syncSelection();
    }

    private boolean matches(RotaItem item) {
        return (week.getValue() == null || RotaWeeks.monday(item.date()).equals(week.getValue()))
                && (ALL_PRACTICES.equals(practice.getValue()) || Objects.equals(item.practice(), practice.getValue()))
                && (ALL_ROLES.equals(role.getValue()) || Objects.equals(item.role(), role.getValue()));
    }

    // Selecting in the list grids re-enters select(); the flag keeps it from echoing.
    private void syncSelection() {
        syncing = true;
        try {
            Optional<RotaItem> item = selected();
            placed.deselectAll();
            unassigned.deselectAll();
            item.filter(RotaItem::isPlaced).ifPresent(placed::select);
            item.filter(i -> !i.isPlaced()).ifPresent(unassigned::select);
        } finally {
            syncing = false;
        }
    }

    private List<LocalDate> weeks() {
        return plan.items().stream().filter(RotaItem::isPlaced).map(i -> RotaWeeks.monday(i.date())).distinct()
                .sorted().toList();
    }

    private static List<String> withAll(String all, Stream<String> values) {
        List<String> options = new ArrayList<>(List.of(all));
        values.filter(Objects::nonNull).distinct().sorted().forEach(options::add);
        return options;
    }

    private static String keep(Select<String> select, String all) {
        String now = select.getValue();
        return now != null && select.getListDataView().getItems().anyMatch(now::equals) ? now : all;
    }

    private void configureList() {
        placed.getElement().setAttribute("aria-label", "Rota as a list");
        placed.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        placed.addColumn(i -> RotaWeeks.day(i.date()) + " " + (i.time() == null ? i.half() : i.time()))
                .setHeader("When").setKey("when").setAutoWidth(true);
        placed.addColumn(i -> Objects.toString(i.practice(), "")).setHeader("Practice").setKey("practice");
        placed.addColumn(RotaItem::who).setHeader("Who and where").setKey("who").setFlexGrow(2);
        placed.addColumn(RotaRows::activity).setHeader("Activity").setKey("activity").setAutoWidth(true);
        placed.addComponentColumn(PlanGrid::pinned).setHeader("Pinned").setKey("pinned").setAutoWidth(true);
        placed.setEmptyStateText("Nothing scheduled for these filters");
        placed.setHeight("28rem");
        placed.addSelectionListener(e -> {
            if (!syncing) {
                e.getFirstSelectedItem().ifPresent(this::select);
            }
        });
        unassigned.getElement().setAttribute("aria-label", "Not scheduled");
        unassigned.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        unassigned.addColumn(RotaItem::describe).setHeader("Item").setKey("item").setFlexGrow(1);
        unassigned.addColumn(RotaItem::reason).setHeader("Why not").setKey("reason").setFlexGrow(2);
        unassigned.setEmptyStateText("Everything is scheduled");
        // Hundreds of items can be left over when rooms are short: a scrolling grid, not every row at once.
        unassigned.setHeight("20rem");
        unassigned.addSelectionListener(e -> {
            if (!syncing) {
                e.getFirstSelectedItem().ifPresent(this::select);
            }
        });
    }

    static Span pinned(RotaItem item) {
        Span span = new Span();
        if (item.pinned()) {
            span.add(VaadinIcon.PIN.create(), new Span(" Pinned"));
        }
        return span;
    }
}
