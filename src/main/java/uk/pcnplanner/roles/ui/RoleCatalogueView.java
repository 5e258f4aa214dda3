package uk.pcnplanner.roles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.network.service.NetworkService;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.service.AmountInForce;
import uk.pcnplanner.roles.service.RoleCatalogueService;
import uk.pcnplanner.security.CurrentUser;

/**
 * The ARRS roles with the maximum amount per WTE in force today for the network's pay area.
 * Everyone may read it; only the clinical director records new amounts.
 */
@Route("roles")
@PageTitle("Role catalogue | PCN Workforce Planner")
@Menu(order = 40, title = "Role catalogue", icon = "vaadin:book")
@PermitAll
public class RoleCatalogueView extends VerticalLayout {

    private final RoleCatalogueService catalogue;
    private final PayArea payArea;
    private final LocalDate today;
    private final boolean director;
    private final Div warning = new Div();
    private final Grid<AmountInForce> grid = new Grid<>();
    private final Button record = new Button("Record new amount", new Icon(VaadinIcon.PLUS));
    private final AmountHistory history;
    private Role selected;

    public RoleCatalogueView(
            RoleCatalogueService catalogue, NetworkService networks, CurrentUser currentUser, Clock clock) {
        this.catalogue = catalogue;
        this.payArea = networks.current().map(Network::getPayArea).orElse(PayArea.NATIONAL);
        this.today = LocalDate.now(clock);
        this.director = currentUser.isClinicalDirector();
        this.history = new AmountHistory(catalogue);
        setSizeFull();

        record.setId("record-amount");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setVisible(director);
        record.setEnabled(false);
        record.setTooltipText("Select a role first");
        record.addClickListener(e -> openRecordDialog());

        Div header = new Div(new H2("Role catalogue"), basisLine(networks.current().isPresent()), record);
        header.addClassName("view-header");

        warning.setId("unknown-amounts-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.addClassName("warning-box");

        configureGrid();
        add(header, warning, grid, history);
        setFlexGrow(1, grid);
        refresh();
    }

    private Span basisLine(boolean hasNetwork) {
        String area = payArea.label() + " pay area";
        Span line = new Span("Maximum reimbursable amounts per whole-time equivalent (WTE) per year for the "
                + area + ", in force on " + AmountFormats.day(today)
                + (hasNetwork ? "" : " (no network is set up yet, so national amounts are shown)"));
        line.addClassName("muted");
        return line;
    }

    private void configureGrid() {
        grid.getElement().setAttribute("aria-label", "Role catalogue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(RoleCatalogueView::roleCell).setHeader("Role").setKey("role")
                .setComparator(Comparator.comparing(a -> a.role().getName())).setFlexGrow(2).setSortable(true);
        grid.addColumn(a -> a.role().getBandBasis()).setHeader("Band basis").setKey("band").setAutoWidth(true);
        grid.addColumn(a -> AmountFormats.roomLabel(a.role().getDefaultRoom())).setHeader("Default room")
                .setKey("room").setAutoWidth(true);
        grid.addComponentColumn(a -> AmountFormats.amount(a.amount())).setHeader("Maximum per WTE a year")
                .setKey("amount").setAutoWidth(true)
                .setComparator(Comparator.comparing(AmountInForce::amount, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addComponentColumn(RoleCatalogueView::statusCell).setHeader("Status").setKey("status").setAutoWidth(true)
                .setComparator(Comparator.comparing(AmountInForce::status));
        grid.addColumn(a -> AmountFormats.day(a.effectiveFrom())).setHeader("Effective from").setKey("from")
                .setAutoWidth(true);
        grid.addColumn(a -> a.role().getCapRule()).setHeader("Cap rule").setKey("cap").setFlexGrow(2)
                .setTooltipGenerator(a -> a.role().getCapRule());
        grid.addComponentColumn(a -> AmountFormats.source(a.source())).setHeader("Source").setKey("source")
                .setFlexGrow(2).setTooltipGenerator(AmountInForce::source);
        // Styling hook for unknown rows; the cells themselves already show them in red.
        grid.setPartNameGenerator(a -> a.isKnown() ? null : "amount-unknown");
        grid.setEmptyStateText("The catalogue has no reimbursable roles.");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                select(e.getValue() == null ? null : e.getValue().role());
            }
        });
    }

    private static Component roleCell(AmountInForce a) {
        Div cell = new Div();
        if (!a.isKnown()) {
            Icon icon = VaadinIcon.WARNING.create();
            icon.addClassName("amount-unknown");
            icon.getStyle().set("width", "var(--lumo-icon-size-s)").set("margin-right", "var(--lumo-space-xs)");
            icon.getElement().setAttribute("aria-label", "No maximum amount");
            cell.add(icon);
        }
        Span code = new Span(a.role().getCode());
        code.addClassName("muted");
        code.getStyle().set("margin-left", "var(--lumo-space-xs)");
        cell.add(new Span(a.role().getName()), code);
        return cell;
    }

    private static Component statusCell(AmountInForce a) {
        Span cell = new Span(AmountFormats.badge(a.status()));
        if (a.nationalFallback()) {
            cell.add(AmountFormats.fallbackBadge());
        }
        cell.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        return cell;
    }

    private void refresh() {
        List<AmountInForce> rows = catalogue.catalogue();
        grid.setItems(rows);
        showWarning(rows.stream().filter(a -> !a.isKnown()).count());
        if (selected != null) {
            rows.stream().filter(a -> a.role().equals(selected)).findFirst().ifPresent(grid::select);
        }
        select(selected);
    }

    private void showWarning(long unknown) {
        warning.setVisible(unknown > 0);
        String roles = unknown == 1 ? "1 role has" : unknown + " roles have";
        warning.setText(roles + " no maximum amount: budgets that include them are incomplete until "
                + (director ? "you enter one" : "the clinical director enters one") + ".");
    }

    private void select(Role role) {
        selected = role;
        record.setEnabled(role != null);
        record.setTooltipText(role == null ? "Select a role first" : "Record a new dated amount for " + role.getName());
        history.show(role);
    }

    private void openRecordDialog() {
        if (selected != null) {
            new RecordAmountDialog(catalogue, selected, payArea, this::refresh).open();
        }
    }
}
