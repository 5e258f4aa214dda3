package uk.pcnplanner.base.service;

import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;

/** Checks every service makes before saving or deleting an edited copy of an entity. */
public final class EditChecks {

    private EditChecks() {}

    /** The stored row behind an edited copy, refused when someone else deleted it meanwhile. */
    public static <T extends VersionedEntity & Auditable> T stored(Optional<T> found, T edited) {
        return found.orElseThrow(() -> ChangedElsewhereException.deleted(edited.auditLabel()));
    }

    /**
     * Refuses a save when the stored row moved on since the copy was read, and returns the
     * stored values for the audit trail. {@code @Version} still guards the race after this check.
     */
    public static <T extends VersionedEntity & Auditable> Map<String, String> requireCurrent(T stored, T edited) {
        if (stored.getVersion() != edited.getVersion()) {
            throw ChangedElsewhereException.edited(stored.auditLabel());
        }
        return stored.auditValues();
    }

    /** Refuses to delete something that changed since the person decided to delete it. */
    public static <T extends VersionedEntity & Auditable> void requireUnchanged(T stored, T shown) {
        if (stored.getVersion() != shown.getVersion()) {
            throw ChangedElsewhereException.beforeDelete(stored.auditLabel());
        }
    }

    public static ChangedElsewhereException changedElsewhere(Auditable item, ObjectOptimisticLockingFailureException e) {
        ChangedElsewhereException changed = ChangedElsewhereException.edited(item.auditLabel());
        changed.initCause(e);
        return changed;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidEditException(field, message);
        }
    }
}
