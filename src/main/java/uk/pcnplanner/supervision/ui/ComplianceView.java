package uk.pcnplanner.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.supervision.service.ComplianceReport;
import uk.pcnplanner.supervision.service.ComplianceRow;
import uk.pcnplanner.supervision.service.ComplianceService;
import uk.pcnplanner.supervision.service.RoleCompliance;

/** Who gets the supervision their role asks for: the clinical director's view, and its Excel export. */
@Route("supervision/compliance")
@PageTitle("Supervision compliance | PCN Workforce Planner")
@Menu(order = 28, title = "Supervision compliance", icon = "vaadin:check-square-o")
@RolesAllowed(UserRole.CD)
public class ComplianceView extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Grid<ComplianceRow> people = ComplianceGrids.people();
    final Grid<RoleCompliance> roles = ComplianceGrids.roles();
    final Anchor export;

    public ComplianceView(ComplianceService service) {
        ComplianceReport report = service.report();
        Span period = new Span("Due against held from " + SupervisionText.day(report.from(), "") + " to "
                + SupervisionText.day(report.to(), "") + "; most overdue first");
        period.addClassName("muted");
        Div header = new Div(new H2("Supervision compliance"), period);
        header.addClassName("view-header");
        // Made when the link is followed, on the download request rather than while the page is built.
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.workbook();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "supervision-compliance.xlsx", XLSX,
                    bytes.length);
        }), "Download as Excel");
        people.setItems(report.people());
        roles.setItems(report.roles());
        add(header, export, new H3("By person"), people, new H3("By role"), roles);
    }
}
