package uk.pcnplanner.rota.publish.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import uk.pcnplanner.rota.export.RotaWorkbookWriter;

/**
 * Writes a rota workbook on another thread while the page stays usable, showing how far it has got,
 * then offers the file as a link: a whole network's quarter takes a while to write.
 */
public class ExportPanel extends HorizontalLayout {

    /** Writes the workbook, telling the progress bar after each sheet; empty when there is nothing to export. */
    @FunctionalInterface
    public interface Export {
        Optional<byte[]> write(RotaWorkbookWriter.Progress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(ExportPanel.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Button start;
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Anchor download = new Anchor();
    private final Supplier<String> fileName;
    private final Export export;
    private final String nothing;
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    /** @param nothing what to say when there is nothing to export */
    public ExportPanel(String label, Supplier<String> fileName, Export export, String nothing) {
        this.fileName = fileName;
        this.export = export;
        this.nothing = nothing;
        start = new Button(label, e -> start());
        progress.setVisible(false);
        progress.setWidth("10rem");
        progress.getElement().setAttribute("aria-label", "Export progress");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        download.setVisible(false);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(start, progress, status, download);
    }

    public Button button() {
        return start;
    }

    public Anchor link() {
        return download;
    }

    private void start() {
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        download.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Writing the workbook…");
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> write(ui)));
    }

    private void write(UI ui) {
        try {
            Optional<byte[]> bytes = export.write((written, total) ->
                    update(ui, () -> {
                        progress.setValue((double) written / total);
                        status.setText("Writing the workbook: sheet " + written + " of " + total);
                    }));
            update(ui, () -> done(bytes));
        } catch (AccessDeniedException | IllegalStateException refused) {
            update(ui, () -> finish(refused.getMessage()));
        } catch (RuntimeException e) {
            log.error("The rota export failed", e);
            update(ui, () -> finish("The workbook could not be written; try again, and tell the clinical director "
                    + "if it keeps failing"));
        }
    }

    private void done(Optional<byte[]> bytes) {
        if (bytes.isEmpty()) {
            finish(nothing);
            return;
        }
        byte[] file = bytes.get();
        String name = fileName.get();
        download.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(file), name, XLSX, file.length)), AttachmentType.DOWNLOAD);
        download.setText("Download " + name);
        download.setVisible(true);
        finish("Ready (" + Math.max(1, file.length / 1024) + " KB)");
    }

    private void finish(String message) {
        progress.setVisible(false);
        status.setText(message);
        start.setEnabled(true);
    }

    // The page may have closed while the workbook was being written; then nobody is waiting for it.
    private static void update(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException closed) {
            log.debug("The page closed before the export finished");
        }
    }
}
