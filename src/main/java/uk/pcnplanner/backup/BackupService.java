package uk.pcnplanner.backup;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.workbook.WorkbookReport;
import uk.pcnplanner.workbook.service.WorkbookExportService;
import uk.pcnplanner.workbook.service.WorkbookImportService;
import uk.pcnplanner.workbook.service.WorkbookRejectedException;

/**
 * A full backup of the network in one zip file, and its restore into an empty installation. The zip
 * holds {@code backup.properties} (what and when), {@code network.xlsx} (the network workbook, the same
 * file the import reads) and one CSV file per {@link BackupPart}. A restore is all or nothing, in one
 * transaction, and audited.
 */
@Service
public class BackupService {

    static final String MANIFEST = "backup.properties";
    static final String WORKBOOK = "network.xlsx";
    static final String FORMAT = "pcn-backup-1";
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    private final WorkbookExportService exports;
    private final WorkbookImportService imports;
    private final NetworkRepository networks;
    private final List<BackupPart> parts;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final AuditService audit;
    private final Clock clock;

    BackupService(WorkbookExportService exports, WorkbookImportService imports, NetworkRepository networks,
            List<BackupPart> parts, JdbcTemplate jdbc, EntityManager entityManager, AuditService audit, Clock clock) {
        this.exports = exports;
        this.imports = imports;
        this.networks = networks;
        this.parts = parts.stream().sorted(Comparator.comparingInt(BackupPart::order)
                .thenComparing(BackupPart::fileName)).toList();
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        Set<String> names = new HashSet<>(Set.of(MANIFEST, WORKBOOK));
        this.parts.forEach(p -> {
            if (!names.add(p.fileName())) {
                throw new IllegalStateException("Two backup parts write " + p.fileName());
            }
        });
    }

    /** The file name to offer for download, e.g. {@code pcn-backup-2027-01-04-0930.zip}. */
    @ClinicalDirectorOnly
    public String fileName() {
        return "pcn-backup-" + DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").format(clock.instant().atZone(clock.getZone()))
                + ".zip";
    }

    /** @throws BackupRefusedException when there is no network to back up */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public byte[] backup() {
        Network network = networks.findFirstByOrderByIdAsc()
                .orElseThrow(() -> new BackupRefusedException("There is no network to back up yet."));
        BackupKeys keys = BackupKeys.read(jdbc, network.getId());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest(network));
        files.put(WORKBOOK, exports.export());
        parts.forEach(part -> files.put(part.fileName(), part.write(keys)));
        return zip(files);
    }

    /** Whether this installation holds no network data, so a backup may be restored into it. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public boolean isEmptyInstallation() {
        return networks.count() == 0 && parts.stream().noneMatch(BackupPart::hasData);
    }

    /**
     * Restores a backup into this installation, which must be empty: nothing is ever overwritten.
     *
     * @return what was restored, for the person who asked
     * @throws BackupRefusedException when the installation is not empty or the file is not a complete backup
     * @throws WorkbookRejectedException when the backup's network workbook does not pass the import's checks
     */
    @ClinicalDirectorOnly
    @Transactional(rollbackFor = Exception.class)
    public String restore(byte[] backup) {
        if (!isEmptyInstallation()) {
            String name = networks.findFirstByOrderByIdAsc().map(Network::getName).orElse("a network");
            throw new BackupRefusedException("This installation already holds data (" + name + "). A backup is restored "
                    + "only into an empty installation, so that nothing is overwritten: start a new installation with "
                    + "an empty database and restore the backup there.");
        }
        Map<String, byte[]> files = unzip(backup);
        Properties manifest = readManifest(files);
        byte[] workbook = files.get(WORKBOOK);
        if (workbook == null) {
            throw new BackupRefusedException("The file has no " + WORKBOOK + ": it is not a complete PCN Workforce Planner backup.");
        }
        try {
            for (BackupPart part : parts) {
                if (part.order() < 0 && files.containsKey(part.fileName())) {
                    part.restore(files.get(part.fileName()), null);
                }
            }
            WorkbookReport report = imports.replaceNetwork(workbook);
            // The workbook was saved through JPA; the parts write with plain SQL on the same connection.
            entityManager.flush();
            Network network = networks.findFirstByOrderByIdAsc().orElseThrow();
            BackupKeys keys = BackupKeys.read(jdbc, network.getId());
            for (BackupPart part : parts) {
                if (part.order() >= 0 && files.containsKey(part.fileName())) {
                    part.restore(files.get(part.fileName()), keys);
                }
            }
            String summary = report.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            audit.event("Network", String.valueOf(network.getId()), network.getName(), "Restored from backup",
                    "empty installation", "backup of " + manifest.getProperty("created", "an unknown date")
                            + " (" + summary + ")");
            entityManager.flush();
            return "Restored " + network.getName() + " from the backup of " + manifest.getProperty("created", "an unknown date")
                    + ": " + summary + ".";
        } catch (IllegalArgumentException e) {
            throw new BackupRefusedException("The backup could not be restored, and nothing was saved: " + e.getMessage());
        }
    }

    private byte[] manifest(Network network) {
        String text = "format=" + FORMAT + "\n"
                + "created=" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(clock.getZone()))
                + "\n" + "network=" + network.getName().replace("\n", " ") + "\n"
                + "files=" + String.join(",", parts.stream().map(BackupPart::fileName).toList()) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Properties readManifest(Map<String, byte[]> files) {
        byte[] bytes = files.get(MANIFEST);
        Properties manifest = new Properties();
        if (bytes != null) {
            try {
                manifest.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new BackupRefusedException("The file is not a PCN Workforce Planner backup (its " + MANIFEST
                    + " is missing or names another format).");
        }
        return manifest;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] backup) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(backup))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long total = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_ENTRY_BYTES) {
                        throw new BackupRefusedException(entry.getName() + " in the backup is larger than "
                                + MAX_ENTRY_BYTES / 1024 / 1024 + " MB once unpacked: this is not a backup the portal made.");
                    }
                    content.write(buffer, 0, n);
                }
                files.put(entry.getName(), content.toByteArray());
            }
        } catch (ZipException e) {
            throw new BackupRefusedException("The file is not a zip file, so not a PCN Workforce Planner backup.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new BackupRefusedException("The file is not a zip file, so not a PCN Workforce Planner backup.");
        }
        return files;
    }
}
