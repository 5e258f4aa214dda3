package uk.pcnplanner.roles.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleAmount;
import uk.pcnplanner.roles.service.RoleCatalogueService;

/** Every dated amount recorded for one role, newest effective date first. */
class AmountHistory extends VerticalLayout {

    private final RoleCatalogueService catalogue;
    private final H3 title = new H3("Amount history");
    private final Paragraph hint = new Paragraph("Select a role to see every amount recorded for it.");
    private final Grid<RoleAmount> grid = new Grid<>();

    AmountHistory(RoleCatalogueService catalogue) {
        this.catalogue = catalogue;
        setPadding(false);
        setHeight("auto");
        hint.addClassName("muted");
        grid.getElement().setAttribute("aria-label", "Amount history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.getPayArea().label()).setHeader("Pay area").setKey("area").setAutoWidth(true);
        grid.addColumn(a -> AmountFormats.day(a.getEffectiveFrom())).setHeader("Effective from").setKey("from")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> AmountFormats.amount(a.getAmount())).setHeader("Maximum per WTE a year")
                .setKey("amount").setAutoWidth(true);
        grid.addComponentColumn(a -> AmountFormats.badge(a.getStatus())).setHeader("Status").setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> AmountFormats.source(a.getSource())).setHeader("Source").setKey("source")
                .setFlexGrow(2).setTooltipGenerator(RoleAmount::getSource);
        grid.addColumn(a -> AmountFormats.moment(a.getRecordedAt())).setHeader("Recorded at").setKey("recordedAt")
                .setAutoWidth(true);
        grid.addColumn(RoleAmount::getRecordedBy).setHeader("Recorded by").setKey("recordedBy").setAutoWidth(true);
        grid.setEmptyStateText("No amount has been recorded for this role.");
        add(title, hint, grid);
        show(null);
    }

    void show(Role role) {
        boolean chosen = role != null;
        title.setText(chosen ? "Amount history: " + role.getName() + " (" + role.getCode() + ")" : "Amount history");
        hint.setVisible(!chosen);
        grid.setVisible(chosen);
        List<RoleAmount> rows = chosen ? catalogue.history(role.getCode()) : List.of();
        grid.setItems(rows);
    }
}
