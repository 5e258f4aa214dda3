package uk.pcnplanner.backup;

/** A backup that cannot be restored here, with the reason to show the clinical director. Nothing was saved. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
