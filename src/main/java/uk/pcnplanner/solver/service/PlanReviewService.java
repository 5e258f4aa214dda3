package uk.pcnplanner.solver.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.security.DirectorOrPracticeManager;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;

/** Looks at a network's current plan: why it scores as it does, and where one item could go instead. */
@Service
public class PlanReviewService {

    private final PlanProblems problems;
    private final PlanExplainer explainer;
    private final BestPlaces bestPlaces;

    PlanReviewService(PlanProblems problems, SolverSettings settings) {
        this.problems = problems;
        this.explainer = new PlanExplainer(settings);
        this.bestPlaces = new BestPlaces(settings);
    }

    @DirectorOrPracticeManager
    @Transactional(readOnly = true)
    public PlanExplanation explain(long networkId) {
        return explainer.explain(problems.current(networkId));
    }

    /** @param itemKey as the draft names it */
    @ClinicalDirectorOnly
    @Transactional(readOnly = true)
    public List<BestPlaces.Placement> bestPlaces(long networkId, String itemKey, int count) {
        PlanSolution plan = problems.current(networkId);
        PlanItem item = plan.items().stream().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item " + itemKey + " in the plan"));
        return bestPlaces.find(plan, item, count);
    }
}
