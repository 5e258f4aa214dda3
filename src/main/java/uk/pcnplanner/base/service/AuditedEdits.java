package uk.pcnplanner.base.service;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.domain.VersionedEntity;

/**
 * How every edited copy is saved or deleted: refused when someone else changed or deleted the
 * record since it was opened, checked by the caller's rules, and audited in the same transaction.
 */
@Component
public class AuditedEdits {

    private final AuditService audit;

    AuditedEdits(AuditService audit) {
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends VersionedEntity & Auditable> T save(JpaRepository<T, Long> repository, T edited, Consumer<T> rules) {
        try {
            if (edited.isNew()) {
                rules.accept(edited);
                T saved = repository.saveAndFlush(edited);
                audit.created(saved);
                return saved;
            }
            Map<String, String> before =
                    EditChecks.requireCurrent(EditChecks.stored(repository.findById(edited.getId()), edited), edited);
            rules.accept(edited);
            T saved = repository.saveAndFlush(edited);
            audit.updated(before, saved);
            return saved;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw EditChecks.changedElsewhere(edited, e);
        }
    }

    /** Deletes the stored record after {@code beforeDelete} (which may refuse, or remove what depends on it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T extends VersionedEntity & Auditable> void delete(
            JpaRepository<T, Long> repository, T shown, Consumer<T> beforeDelete) {
        T stored = EditChecks.stored(repository.findById(shown.getId()), shown);
        EditChecks.requireUnchanged(stored, shown);
        beforeDelete.accept(stored);
        repository.delete(stored);
        audit.deleted(stored);
    }
}
