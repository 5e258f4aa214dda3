package uk.pcnplanner.backup;

/**
 * One file of the backup beside the network workbook. Every Spring bean implementing this is
 * written into each backup and restored from it, so a feature that keeps data of its own (published
 * rotas, say) adds its part by adding a bean: no change here. A part must write whatever it needs to
 * restore itself into another installation, where every database id differs: refer to people,
 * practices and rooms by their Staff ID, practice code and room name (see {@link BackupKeys}).
 *
 * <p>A backup made before a part existed has no file for it; such a part then restores nothing.
 */
public interface BackupPart {

    /** The file's name inside the backup, e.g. {@code scenarios.csv}; unique among the parts. */
    String fileName();

    /**
     * When it is restored: parts with a negative order before the network workbook (they refer to
     * nothing in it, like the audit history), the rest after it, lowest first.
     */
    int order();

    /** Whether the installation already holds data of this part (a backup restores only into an empty one). */
    boolean hasData();

    byte[] write(BackupKeys keys);

    /** Saves the file's content inside the restore's transaction; any exception undoes the whole restore. */
    void restore(byte[] content, BackupKeys keys);
}
