package uk.pcnplanner.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import uk.pcnplanner.backup.BackupRefusedException;
import uk.pcnplanner.backup.BackupService;
import uk.pcnplanner.base.ui.Notices;
import uk.pcnplanner.security.UserRole;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

/**
 * The clinical director's backup of the whole network in one file, and its restore into an empty
 * installation. Both run off the request thread, with progress shown, as a large network takes a while.
 */
@Route("backup")
@PageTitle("Backup and restore | PCN Workforce Planner")
@Menu(order = 55, title = "Backup and restore", icon = "vaadin:archive")
@RolesAllowed(UserRole.CD)
public class BackupView extends VerticalLayout {

    /** The portal's upload limit (spring.servlet.multipart.max-file-size). */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    final Button makeBackup = new Button("Make a backup", e -> makeBackup());
    final Anchor download = new Anchor();
    final Upload upload = new Upload();
    final Paragraph restoreNote = new Paragraph();
    final Paragraph result = new Paragraph();
    final ProgressBar progress = new ProgressBar();

    private final BackupService backups;

    public BackupView(BackupService backups) {
        this.backups = backups;
        Paragraph intro = new Paragraph("A backup is one zip file with the network workbook, budgets and scenarios, "
                + "bookings, plan drafts, solver weights, logins (password hashes only) and the audit history. "
                + "Keep it somewhere safe: it holds staff pay details.");
        intro.addClassName("muted");
        makeBackup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        upload.setUploadHandler(this::received);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.addFileRejectedListener(e -> Notices.error("Choose one backup .zip file of at most "
                + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB."));
        add(new H2("Backup and restore"), intro, new H3("Back up"), makeBackup, download,
                new H3("Restore into an empty installation"), restoreNote, upload, progress, result);
        showRestoreState();
    }

    private void showRestoreState() {
        boolean empty = backups.isEmptyInstallation();
        upload.setVisible(empty);
        restoreNote.setText(empty
                ? "This installation is empty. Upload a backup to restore it; all of it is saved, or nothing."
                : "This installation already holds a network, so a backup cannot be restored here: restoring "
                        + "never overwrites data. Restore into a new installation with an empty database.");
    }

    private void makeBackup() {
        UI ui = UI.getCurrent();
        working();
        download.setVisible(false);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            byte[] file;
            String name;
            try {
                file = backups.backup();
                name = backups.fileName();
            } catch (BackupRefusedException e) {
                ui.access(() -> done(() -> Notices.error(e.getMessage())));
                return;
            }
            ui.access(() -> done(() -> offer(name, file)));
        }));
    }

    void offer(String name, byte[] file) {
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), name, "application/zip", file.length)));
        download.setText("Download " + name + " (" + Math.max(1, file.length / 1024) + " KB)");
        download.setVisible(true);
    }

    private void received(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            ui.access(() -> Notices.error("The file is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB."));
            return;
        }
        ui.access(this::working);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            String message = restoreMessage(() -> backups.restore(bytes));
            ui.access(() -> done(() -> showResult(message)));
        }));
    }

    /** Restores on the calling thread and shows the outcome. */
    void restore(byte[] bytes) {
        showResult(restoreMessage(() -> backups.restore(bytes)));
    }

    private static String restoreMessage(Supplier<String> restore) {
        try {
            return restore.get();
        } catch (BackupRefusedException e) {
            return e.getMessage();
        } catch (WorkbookRejectedException e) {
            return "The backup's network workbook did not pass the import's checks, so nothing was saved: "
                    + e.getMessage();
        }
    }

    private void showResult(String message) {
        result.setText(message);
        showRestoreState();
    }

    private void working() {
        progress.setVisible(true);
        makeBackup.setEnabled(false);
        // Polling carries the result to the browser without server push, which would need a frontend rebuild.
        UI.getCurrent().setPollInterval(500);
    }

    private void done(Runnable then) {
        progress.setVisible(false);
        makeBackup.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
        then.run();
    }
}
