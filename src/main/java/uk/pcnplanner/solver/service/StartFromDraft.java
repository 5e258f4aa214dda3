package uk.pcnplanner.solver.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;
import uk.pcnplanner.solver.draft.PlanDraftItem;

/**
 * Puts the last draft's placements back onto a fresh problem, so a re-solve starts from the
 * current plan. A placement that no longer fits the item's options (someone left, a room went) is dropped.
 * An item the clinical director pinned in the draft stays pinned where it is, so the solver keeps it.
 */
final class StartFromDraft {

    private StartFromDraft() {}

    static PlanSolution apply(PlanSolution problem, Map<String, PlanDraftItem> draft) {
        for (ClinicItem c : problem.clinics()) {
            PlanDraftItem row = draft.get(c.key());
            if (!c.isPinned() && isPlaced(row)) {
                c.place(c.candidates().stream().filter(p -> p.code().equals(row.getStaff().getStaffCode()))
                        .findFirst().orElse(null), period(c.periods(), row), room(c.rooms(), row));
                if (row.isPinned() && c.isPlaced()) {
                    c.pin();
                }
            }
        }
        for (WorkItem w : problem.work()) {
            PlanDraftItem row = draft.get(w.key());
            if (!w.isPinned() && isPlaced(row)) {
                w.place(room(w.rooms(), row));
                if (row.isPinned() && w.isPlaced()) {
                    w.pin();
                }
            }
        }
        for (SupervisionItem s : problem.supervision()) {
            PlanDraftItem row = draft.get(s.key());
            if (!s.isPinned() && isPlaced(row)) {
                s.place(period(s.periods(), row), room(s.rooms(), row));
                if (row.isPinned() && s.isPlaced()) {
                    s.pin();
                }
            }
        }
        return problem;
    }

    private static boolean isPlaced(PlanDraftItem row) {
        return row != null && row.getReason() == null && row.getItemDate() != null;
    }

    private static Period period(List<Period> options, PlanDraftItem row) {
        return options.stream()
                .filter(p -> p.date().equals(row.getItemDate()) && p.session() == row.getHalf())
                .filter(p -> p.isWholeSession() || Objects.equals(p.times().start(), row.getStartTime()))
                .findFirst().orElse(null);
    }

    private static PlanRoom room(List<PlanRoom> options, PlanDraftItem row) {
        return row.getRoom() == null ? null
                : options.stream().filter(r -> r.id() == row.getRoom().getId()).findFirst().orElse(null);
    }
}
