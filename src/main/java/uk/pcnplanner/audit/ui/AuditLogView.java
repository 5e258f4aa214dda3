package uk.pcnplanner.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.pcnplanner.audit.AuditEntry;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.security.UserRole;

/** Every recorded change, newest first, for the clinical director to check who changed what. */
@Route("audit")
@PageTitle("Audit log | PCN Workforce Planner")
@Menu(order = 90, title = "Audit log", icon = "vaadin:time-backward")
@RolesAllowed(UserRole.CD)
public class AuditLogView extends VerticalLayout {

    static final String NO_VALUE = "—";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private final AuditService audit;
    private final ComboBox<String> type = new ComboBox<>("Entity type");
    private final TextField search = new TextField("Search");
    private final Span count = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        setSizeFull();

        Div header = new Div(new H2("Audit log"), count);
        header.addClassName("view-header");
        count.addClassName("muted");

        type.setItems(audit.entityTypes());
        type.setPlaceholder("All types");
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());

        search.setPlaceholder("Name, user or field");
        search.setHelperText("Matches what was changed, who changed it, or the field");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(type, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        add(header, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.getElement().setAttribute("aria-label", "Audit log");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> when(e.getOccurredAt())).setHeader("When").setKey("when").setAutoWidth(true);
        grid.addColumn(AuditEntry::getUsername).setHeader("Who").setKey("who").setAutoWidth(true);
        grid.addColumn(e -> action(e.getAction())).setHeader("Action").setKey("action").setAutoWidth(true);
        grid.addColumn(e -> e.getEntityType() + ": " + e.getEntityLabel()).setHeader("What").setKey("what")
                .setFlexGrow(2).setTooltipGenerator(e -> e.getEntityType() + " " + e.getEntityId());
        grid.addColumn(e -> orDash(e.getField())).setHeader("Field").setKey("field").setFlexGrow(1);
        grid.addColumn(e -> orDash(e.getOldValue())).setHeader("Old value").setKey("old").setFlexGrow(1);
        grid.addColumn(e -> orDash(e.getNewValue())).setHeader("New value").setKey("new").setFlexGrow(1);
        grid.setEmptyStateText("No changes match these filters.");
    }

    private void refresh() {
        List<AuditEntry> rows = audit.search(type.getValue(), search.getValue());
        grid.setItems(rows);
        count.setText(rows.size() == 1 ? "1 change, newest first" : rows.size() + " changes, newest first");
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(LONDON));
    }

    private static String action(AuditEntry.Action action) {
        return switch (action) {
            case CREATED -> "Created";
            case UPDATED -> "Updated";
            case DELETED -> "Deleted";
        };
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? NO_VALUE : value;
    }
}
