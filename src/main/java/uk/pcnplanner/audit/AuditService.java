package uk.pcnplanner.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.security.CurrentUser;
import uk.pcnplanner.security.ClinicalDirectorOnly;

/**
 * The audit trail. Services call it inside their own transaction, so a change and its record
 * are saved together or not at all.
 */
@Service
public class AuditService {

    private static final int MAX_ROWS = 2000;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Auditable item) {
        entries.save(entry(AuditEntry.Action.CREATED, item));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(Auditable item) {
        entries.save(entry(AuditEntry.Action.DELETED, item));
    }

    /** Records one entry per field whose value changed between the snapshot and the item. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(Map<String, String> before, Auditable after) {
        after.auditValues().forEach((field, newValue) -> {
            String oldValue = before.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                entries.save(entry(AuditEntry.Action.UPDATED, after).withChange(field, oldValue, newValue));
            }
        });
    }

    /** For changes that are not an entity's fields, such as a whole-network import. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void event(String type, String id, String label, String field, String oldValue, String newValue) {
        AuditEntry entry = new AuditEntry(clock.instant(), currentUser.username(), AuditEntry.Action.UPDATED, type, id, label);
        entries.save(entry.withChange(field, oldValue, newValue));
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<AuditEntry> search(String entityType, String text) {
        // Empty strings, not nulls, mean "any": PostgreSQL cannot type a null parameter inside lower().
        String type = entityType == null ? "" : entityType;
        String query = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return entries.search(type, query, PageRequest.of(0, MAX_ROWS));
    }

    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return entries.entityTypes();
    }

    private AuditEntry entry(AuditEntry.Action action, Auditable item) {
        return new AuditEntry(
                clock.instant(), currentUser.username(), action, item.auditType(), item.auditId(), item.auditLabel());
    }
}
