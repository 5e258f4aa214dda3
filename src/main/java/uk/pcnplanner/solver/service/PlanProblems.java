package uk.pcnplanner.solver.service;

import org.springframework.stereotype.Component;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.draft.DraftStore;
import uk.pcnplanner.solver.weights.ConstraintWeightService;

/** A network's plan as it stands: its data, the director's weights, and the last draft's placements. */
@Component
public class PlanProblems {

    private final PlanMapper mapper;
    private final ConstraintWeightService weights;
    private final DraftStore drafts;

    PlanProblems(PlanMapper mapper, ConstraintWeightService weights, DraftStore drafts) {
        this.mapper = mapper;
        this.weights = weights;
        this.drafts = drafts;
    }

    public PlanSolution current(long networkId) {
        PlanSolution problem = mapper.problem(networkId, weights.weights(networkId));
        return StartFromDraft.apply(problem, drafts.latest(networkId));
    }
}
