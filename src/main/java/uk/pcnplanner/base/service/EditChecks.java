package uk.pcnplanner.base.service;

import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;

/** Checks every service makes before saving an edited copy of an entity. */
public final class EditChecks {

    private EditChecks() {}

    /**
     * Refuses a save when the stored row moved on since the copy was read, and returns the
     * stored values for the audit trail. {@code @Version} still guards the race after this check.
     */
    public static <T extends VersionedEntity & Auditable> Map<String, String> requireCurrent(T stored, T edited) {
        if (stored.getVersion() != edited.getVersion()) {
            throw new ChangedElsewhereException(stored.auditLabel());
        }
        return stored.auditValues();
    }

    public static ChangedElsewhereException changedElsewhere(Auditable item, ObjectOptimisticLockingFailureException e) {
        ChangedElsewhereException changed = new ChangedElsewhereException(item.auditLabel());
        changed.initCause(e);
        return changed;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidEditException(field, message);
        }
    }
}
