package uk.pcnplanner.workbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.workbook.WorkbookReport;
import uk.pcnplanner.workbook.service.WorkbookImportService;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

/** What an uploaded workbook holds, then either its errors or the button that imports it. */
final class ReportPanel extends VerticalLayout {

    final UnorderedList counts = new UnorderedList();
    final UnorderedList warnings = new UnorderedList();
    final UnorderedList errors = new UnorderedList();
    final Button replace = new Button("Replace the network's planning data");
    final Anchor errorFile = new Anchor();

    private final WorkbookImportService imports;
    private byte[] bytes;

    ReportPanel(WorkbookImportService imports) {
        this.imports = imports;
        setPadding(false);
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replace.addClickListener(e -> confirm());
        errorFile.setText("Download the error report");
        clear();
    }

    void clear() {
        removeAll();
        bytes = null;
    }

    void show(byte[] uploaded, WorkbookReport report) {
        clear();
        bytes = uploaded;
        fill(counts, report.counts().entrySet().stream().map(e -> e.getKey() + ": " + rows(e.getValue())).toList());
        add(new H3("What the workbook holds"), counts);
        if (!report.warnings().isEmpty()) {
            fill(warnings, report.warnings());
            add(warnings);
        }
        if (report.isValid()) {
            add(new Paragraph("No problems found."), replace);
        } else {
            showErrors(report);
        }
    }

    private void showErrors(WorkbookReport report) {
        fill(errors, report.errorLines());
        errorFile.setHref(Downloads.text("workbook-errors.txt", report.asText()));
        add(new H3(report.errors().size() + (report.errors().size() == 1 ? " problem" : " problems")
                + ": nothing was saved"), errorFile, errors);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog("Replace the network's planning data?",
                "Practices, rooms, staff, leave, demand, supervision rules, planned posts and bookings are "
                        + "replaced by the workbook's. Budget scenarios and the audit history stay.",
                "Replace", e -> replaceNetwork());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void replaceNetwork() {
        try {
            WorkbookReport report = imports.replaceNetwork(bytes);
            clear();
            add(new Paragraph("The network's planning data was replaced."));
            Notices.saved("Imported: " + String.join(", ", report.counts().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
        } catch (WorkbookRejectedException e) {
            show(bytes, e.report());
        }
    }

    private static void fill(UnorderedList list, List<String> lines) {
        list.removeAll();
        lines.forEach(line -> list.add(new ListItem(line)));
    }

    private static String rows(int count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
