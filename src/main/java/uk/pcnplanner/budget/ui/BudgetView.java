package uk.pcnplanner.budget.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.budget.chart.ClaimsChart;
import uk.pcnplanner.budget.forecast.BudgetWarning;
import uk.pcnplanner.budget.forecast.Forecast;
import uk.pcnplanner.budget.forecast.PostTotal;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.service.BudgetReferenceService;
import uk.pcnplanner.budget.service.BudgetService;
import uk.pcnplanner.budget.service.OnCostService;
import uk.pcnplanner.budget.service.PayService;
import uk.pcnplanner.roles.ui.RoleCatalogueView;
import uk.pcnplanner.security.UserRole;

/** The year's ARRS budget at a glance: allocation, claims, headroom, what to act on, and where the money goes. */
@Route("budget")
@PageTitle("Budget | PCN Workforce Planner")
// Vaadin's icon set has no pound sign ("vaadin:pound" draws nothing), so coins stand for the budget.
@Menu(order = 30, title = "Budget", icon = "vaadin:coin-piles")
@RolesAllowed(UserRole.CD)
public class BudgetView extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BudgetService budgets;
    private final BudgetReferenceService reference;
    private final OnCostService onCosts;
    private final PayService pay;

    public BudgetView(BudgetService budgets, BudgetReferenceService reference, OnCostService onCosts, PayService pay) {
        this.budgets = budgets;
        this.reference = reference;
        this.onCosts = onCosts;
        this.pay = pay;
        refresh();
    }

    private void refresh() {
        removeAll();
        Forecast forecast = budgets.currentForecast();
        add(header(forecast), rateLine(forecast), onCostLine(forecast), BudgetCards.of(forecast));
        forecast.warnings().stream().filter(BudgetWarning::headline).findFirst().ifPresent(w -> add(headline(w)));
        Grid<PostTotal> posts = BudgetGrids.byPost(forecast);
        add(otherWarnings(forecast), chart(forecast), new H3("By role"), BudgetGrids.byRole(forecast),
                new H3("By post"), payActions(forecast, posts), posts);
    }

    private Div payActions(Forecast forecast, Grid<PostTotal> posts) {
        Button point = new Button("Change pay point", VaadinIcon.EDIT.create(), e -> posts.asSingleSelect()
                .getOptionalValue().ifPresentOrElse(p -> new PayPointDialog(pay, p.post(), this::refresh).open(),
                        () -> Notices.error("Choose a post in the table first")));
        point.setId("change-pay-point");
        Button salary = new Button("Enter a pay scale salary", VaadinIcon.EDIT.create(),
                e -> new SalaryDialog(pay, forecast.year().label(), this::refresh).open());
        salary.setId("enter-salary");
        return new Div(point, salary);
    }

    private Div header(Forecast forecast) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] workbook = budgets.currentWorkbook();
            return new DownloadResponse(new ByteArrayInputStream(workbook), fileName(forecast), XLSX, workbook.length);
        }), AttachmentType.DOWNLOAD, "Export to Excel");
        export.setId("export-budget");
        Div header = new Div(new H2("Budget " + forecast.year().label()), export,
                new RouterLink("Planned posts", PlannedPostsView.class), new RouterLink("Scenarios", ScenariosView.class));
        header.addClassName("view-header");
        return header;
    }

    private Div rateLine(Forecast forecast) {
        Span rate = new Span("£" + forecast.rate().value().stripTrailingZeros().toPlainString() + " per weighted head × "
                + BudgetFormats.count(forecast.weightedPopulation()) + " weighted population. Rate: ");
        Span source = new Span(" Source: " + forecast.rate().source());
        source.addClassName("muted");
        Button enter = new Button("Enter the published rate", VaadinIcon.EDIT.create(),
                e -> new RateDialog(reference, forecast.year().label(), this::refresh).open());
        enter.setId("enter-rate");
        Div line = new Div(rate, BudgetFormats.basis(forecast.rate()), source, enter);
        line.setId("budget-rate");
        return line;
    }

    private Div onCostLine(Forecast forecast) {
        OnCosts.Ni ni = forecast.ni();
        Span text = new Span("Employer NI " + percent(ni.rate().value()) + " above " + BudgetFormats.money(
                ni.threshold().value()) + " a year (");
        Span pension = new Span("); employer pension " + percent(forecast.pensionRate()) + " (the network's setting). ");
        Span source = new Span("Source: " + ni.rate().source());
        source.addClassName("muted");
        Button enterNi = new Button("Enter NI rate", VaadinIcon.EDIT.create(),
                e -> new NiDialog(onCosts, forecast.year().label(), ni, this::refresh).open());
        enterNi.setId("enter-ni");
        Button changePension = new Button("Change pension rate", VaadinIcon.EDIT.create(),
                e -> new PensionDialog(onCosts, onCosts.network(), this::refresh).open());
        changePension.setId("change-pension");
        Div line = new Div(text, BudgetFormats.basis(ni.rate()), pension, source, enterNi, changePension);
        line.setId("budget-oncosts");
        return line;
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static Div headline(BudgetWarning warning) {
        Div box = new Div(warning.message());
        box.setId("budget-headline");
        box.addClassName("warning-box");
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    private static UnorderedList otherWarnings(Forecast forecast) {
        UnorderedList list = new UnorderedList();
        list.setId("budget-warnings");
        forecast.warnings().stream().filter(w -> !w.headline()).forEach(w -> list.add(item(w)));
        return list;
    }

    private static ListItem item(BudgetWarning warning) {
        ListItem item = new ListItem(warning.message());
        if (warning.kind() == BudgetWarning.Kind.INCOMPLETE) {
            item.add(new Span(" "), new RouterLink("Open the role catalogue", RoleCatalogueView.class));
        }
        return item;
    }

    private static Component chart(Forecast forecast) {
        String svg = ClaimsChart.svg(forecast, 900, 360);
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(svg.getBytes(StandardCharsets.UTF_8)), "Monthly claims and cumulative claims against "
                + "the allocation of " + BudgetFormats.money(forecast.allocation()));
        image.setId("claims-chart");
        image.setWidth("min(900px, 100%)");
        return image;
    }

    private static String fileName(Forecast forecast) {
        return "budget-" + forecast.year().label().replace('/', '-') + ".xlsx";
    }
}
