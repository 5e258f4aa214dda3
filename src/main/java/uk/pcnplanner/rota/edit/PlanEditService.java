package uk.pcnplanner.rota.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.base.service.EditChecks;
import uk.pcnplanner.base.service.InvalidEditException;
import uk.pcnplanner.rota.edit.PlanScoring.Break;
import uk.pcnplanner.rota.edit.PlanScoring.Scored;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.draft.PlanDraftItem;
import uk.pcnplanner.solver.service.BestPlaces;
import uk.pcnplanner.solver.service.PlanProblems;
import uk.pcnplanner.solver.service.SolveService;
import uk.pcnplanner.solver.service.SolverSettings;

/**
 * Hand edits of the draft rota: move or assign an item, pin or unpin it, and the best places to
 * put it. Every change is scored on the whole plan with the solver's rules and refused, with the
 * reason, when it breaks a hard rule the plan did not break before.
 */
@Service
public class PlanEditService {

    private static final int CANDIDATES_PER_SUGGESTION = 2;

    static final String PLACEMENT = "placement";

    private final PlanProblems problems;
    private final DraftRows rows;
    private final SolveService solves;
    private final PlanScoring scoring;
    private final BestPlaces bestPlaces;

    PlanEditService(PlanProblems problems, DraftRows rows, SolveService solves, SolverSettings settings) {
        this.problems = problems;
        this.rows = rows;
        this.solves = solves;
        this.scoring = new PlanScoring(settings);
        this.bestPlaces = new BestPlaces(settings);
    }

    /** The people, sessions and rooms the item may have. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public EditOptions options(long networkId, String itemKey) {
        return Choices.options(item(problems.current(networkId), itemKey));
    }

    /** The few best placements other than where the item is now, best first. */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long networkId, long draftId, int version, String itemKey, int count) {
        PlanSolution plan = problems.current(networkId);
        PlanItem item = item(plan, itemKey);
        Placement now = Placement.of(item);
        boolean wasPlaced = item.isPlaced();
        Scored before = scoring.score(plan);
        BreakWords breaks = new BreakWords(plan, item);
        List<Suggestion> found = new ArrayList<>();
        // Look wider than asked: places that break a hard rule can rank high on the rest of the score.
        for (BestPlaces.Placement place : bestPlaces.find(plan, item, count * CANDIDATES_PER_SUGGESTION + 1)) {
            Placement to = new Placement(place.person(), place.period(), place.room());
            if (wasPlaced && to.equals(now)) {
                continue;
            }
            to.applyTo(item);
            Scored after = scoring.score(plan);
            found.add(new Suggestion(SuggestionWords.describe(to, item, wasPlaced, before, after, breaks),
                    item.isPlaced() && after.newSince(before).isEmpty(), Choices.edit(draftId, version, item, to)));
        }
        now.applyTo(item);
        // Places that can be applied first, each group in the order of its effect on the score.
        return found.stream().sorted(Comparator.comparing(Suggestion::allowed).reversed()).limit(count).toList();
    }

    /** Moves or assigns one item, or refuses with the hard rules it would break; nothing is saved then. */
    @ClinicalDirectorOnly
    @Transactional
    public void move(long networkId, PlanEdit edit) {
        requireNoSolve(networkId);
        PlanDraft draft = rows.current(networkId, edit.draftId(), edit.version());
        PlanDraftItem row = rows.row(draft, edit.itemKey());
        PlanSolution plan = problems.current(networkId);
        PlanItem item = item(plan, edit.itemKey());
        Scored before = scoring.score(plan);
        Placement to = Choices.resolve(item, edit);
        to.applyTo(item);
        EditChecks.require(item.isPlaced(), Choices.ROOM, item + " needs a room");
        Scored after = scoring.score(plan);
        Set<Break> broken = after.newSince(before);
        if (!broken.isEmpty()) {
            BreakWords words = new BreakWords(plan, item);
            throw new InvalidEditException(PLACEMENT, "Not saved: " + broken.stream().map(words::describe).distinct()
                    .collect(Collectors.joining("; ")));
        }
        rows.lock(draft);
        rows.place(draft, row, item, to, after.score(), (int) plan.unassignedCount());
    }

    /** Pins a scheduled item where it is, so the next solve keeps it there; or lets the solver move it again. */
    @ClinicalDirectorOnly
    @Transactional
    public void pin(long networkId, long draftId, int version, String itemKey, boolean pinned) {
        requireNoSolve(networkId);
        PlanDraft draft = rows.current(networkId, draftId, version);
        PlanDraftItem row = rows.row(draft, itemKey);
        EditChecks.require(row.getReason() == null, "pinned", "Only a scheduled item can be pinned: assign it first");
        rows.lock(draft);
        rows.pin(row, DraftRows.describe(row), pinned);
        // A booked item is pinned by its booking, whatever the draft says: unpinning it here would change nothing.
        EditChecks.require(pinned || !item(problems.current(networkId), itemKey).isPinned(), "pinned",
                "This item is fixed by a booking, so it stays pinned: change or remove the booking to let the solver "
                        + "move it");
    }

    private void requireNoSolve(long networkId) {
        EditChecks.require(!solves.isRunning(networkId), "draft", "A solve of this network is running: wait for it "
                + "to finish or stop it, then edit the plan it makes");
    }

    private static PlanItem item(PlanSolution plan, String itemKey) {
        return plan.items().stream().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new InvalidEditException("item", "The plan has no item " + itemKey));
    }
}
