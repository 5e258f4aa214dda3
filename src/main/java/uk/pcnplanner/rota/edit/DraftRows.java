package uk.pcnplanner.rota.edit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.audit.AuditService;
import uk.pcnplanner.base.domain.Auditable;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.network.domain.RoomRepository;
import uk.pcnplanner.rota.service.RotaWeeks;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.draft.PlanDraftRepository;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.staff.domain.StaffRepository;

/**
 * The draft rows an edit changes: found as the person saw them, locked so two edits of one draft
 * cannot both be saved, changed, and audited in the caller's transaction.
 */
@Component
class DraftRows {

    static final String AUDIT_TYPE = "Draft rota item";

    private final PlanDraftRepository drafts;
    private final EntityManager entities;
    private final StaffRepository staff;
    private final RoomRepository rooms;
    private final AuditService audit;

    DraftRows(PlanDraftRepository drafts, EntityManager entities, StaffRepository staff, RoomRepository rooms,
            AuditService audit) {
        this.drafts = drafts;
        this.entities = entities;
        this.staff = staff;
        this.rooms = rooms;
        this.audit = audit;
    }

    /** The network's latest draft, refused when it is not the version the person was looking at. */
    @Transactional(propagation = Propagation.MANDATORY)
    PlanDraft current(long networkId, long draftId, int version) {
        PlanDraft draft = drafts.findFirstByNetworkOrderByIdDesc(entities.getReference(Network.class, networkId))
                .orElseThrow(() -> new InvalidEditException("draft", "There is no draft rota yet: solve first"));
        if (draft.getId() != draftId || draft.getVersion() != version) {
            throw changedElsewhere(null);
        }
        return draft;
    }

    PlanDraftItem row(PlanDraft draft, String itemKey) {
        return draft.getItems().stream().filter(i -> i.getItemKey().equals(itemKey)).findFirst()
                .orElseThrow(() -> new InvalidEditException("item", "The draft has no item " + itemKey));
    }

    /** Moves the draft's version on at once, so a concurrent edit of the same draft waits, then is refused. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(PlanDraft draft) {
        try {
            entities.lock(draft, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            throw changedElsewhere(e);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void place(PlanDraft draft, PlanDraftItem row, PlanItem item, Placement to, HardMediumSoftScore score,
            int unassigned) {
        String before = describe(row);
        Period period = to.period();
        Room room = to.room() == null ? null : rooms.findById(to.room().id()).orElseThrow();
        Staff person = item instanceof ClinicItem ? staff.findByNetworkAndStaffCodeIgnoreCase(draft.getNetwork(),
                to.person().code()).orElseThrow() : row.getStaff();
        row.placed(period.date(), period.session(), period.isWholeSession() ? null : period.times().start(),
                period.isWholeSession() ? null : (int) period.times().length().toMinutes());
        row.with(person, room == null ? row.getPractice() : room.getPractice(), room, row.getWithStaff());
        row.unassigned(null);
        draft.rescored(score.toString(), unassigned);
        entities.flush();
        audit.event(AUDIT_TYPE, row.getItemKey(), item.toString(), "placement", before, describe(row));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void pin(PlanDraftItem row, String label, boolean pinned) {
        boolean was = row.isPinned();
        row.pinned(pinned);
        entities.flush();
        audit.event(AUDIT_TYPE, row.getItemKey(), label, "pinned", was ? "yes" : "no", pinned ? "yes" : "no");
    }

    /** "Asha Khan · Tue 2 Feb 2027 PM · Room 3", or "not scheduled". */
    static String describe(PlanDraftItem row) {
        if (row.getReason() != null || row.getItemDate() == null) {
            return "not scheduled";
        }
        String when = RotaWeeks.day(row.getItemDate()) + " " + (row.getStartTime() == null ? row.getHalf()
                : row.getStartTime() + " for " + row.getMinutes() + " min");
        return (row.getStaff() == null ? "no one" : row.getStaff().getName()) + " · " + when
                + (row.getRoom() == null ? "" : " · " + row.getRoom().getName());
    }

    private static ChangedElsewhereException changedElsewhere(RuntimeException cause) {
        return EditChecks.changedElsewhere(DRAFT, new ObjectOptimisticLockingFailureException(PlanDraft.class, "latest",
                cause));
    }

    /** How the refusal names what changed: the draft as a whole, since a solve or another edit may have changed it. */
    private static final Auditable DRAFT = new Auditable() {
        @Override
        public String auditType() {
            return "Draft rota";
        }

        @Override
        public String auditId() {
            return "latest";
        }

        @Override
        public String auditLabel() {
            return "The draft rota";
        }

        @Override
        public Map<String, String> auditValues() {
            return Map.of();
        }
    };
}
