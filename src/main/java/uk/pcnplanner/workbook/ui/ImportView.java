package uk.pcnplanner.workbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.workbook.Messages;
import uk.pcnplanner.workbook.WorkbookReport;
import uk.pcnplanner.workbook.read.UnreadableWorkbookException;
import uk.pcnplanner.workbook.read.WorkbookFile;
import uk.pcnplanner.workbook.service.WorkbookExportService;
import uk.pcnplanner.workbook.service.WorkbookImportService;

/**
 * The clinical director's import and export of the network workbook: upload a file, see what it holds
 * and every problem in it, then replace the network's planning data, or download the template or the
 * current network.
 */
@Route("import")
@PageTitle("Import and export | PCN Workforce Planner")
@Menu(order = 50, title = "Import and export", icon = "vaadin:upload")
@RolesAllowed(UserRole.CD)
public class ImportView extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final ReportPanel report;

    private final WorkbookImportService imports;

    public ImportView(WorkbookImportService imports, WorkbookExportService exports) {
        this.imports = imports;
        this.report = new ReportPanel(imports);
        Paragraph intro = new Paragraph("Fill the template in Excel, then upload it here. The portal checks every "
                + "sheet first and saves nothing until you confirm; any problem means nothing is saved.");
        intro.addClassName("muted");
        add(new Div(new H2("Import and export"), intro), downloads(exports), upload(), progress, report);
        progress.setIndeterminate(true);
        progress.setVisible(false);
    }

    private HorizontalLayout downloads(WorkbookExportService exports) {
        Anchor template = new Anchor(Downloads.xlsx("pcn-network-template.xlsx", exports::template),
                "Download blank template");
        Anchor current = new Anchor(Downloads.xlsx("pcn-network.xlsx", exports::export),
                "Export the current network");
        return new HorizontalLayout(template, current);
    }

    private Upload upload() {
        upload.setUploadHandler(this::received);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) WorkbookFile.maxUploadBytes());
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.addFileRejectedListener(e -> Notices.error(Messages.uploadRejected()));
        return upload;
    }

    /**
     * Reads the upload on its request thread, then checks it on another, so the page shows progress and
     * stays responsive; the signed-in director travels with the check for the service's security.
     */
    private void received(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try {
            bytes = WorkbookFile.readLimited(event.getInputStream());
        } catch (UnreadableWorkbookException e) {
            ui.access(() -> show(null, WorkbookReport.fileError(e.getMessage())));
            return;
        }
        ui.access(this::checking);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> check(ui, bytes)));
    }

    private void check(UI ui, byte[] bytes) {
        WorkbookReport analysis;
        try {
            analysis = imports.analyse(bytes);
        } catch (RuntimeException e) {
            analysis = WorkbookReport.fileError(Messages.unreadable());
        }
        WorkbookReport result = analysis;
        ui.access(() -> show(bytes, result));
    }

    /** Checks the bytes on the calling thread and shows the result. */
    void analyse(byte[] bytes) {
        show(bytes, imports.analyse(bytes));
    }

    private void checking() {
        progress.setVisible(true);
        report.clear();
        // Polling carries the result to the browser without server push, which would need a frontend rebuild.
        UI.getCurrent().setPollInterval(500);
    }

    private void show(byte[] bytes, WorkbookReport analysis) {
        progress.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
        // The upload holds one file; once checked it is cleared, so a corrected workbook can be uploaded next.
        upload.clearFileList();
        report.show(bytes, analysis);
    }
}
