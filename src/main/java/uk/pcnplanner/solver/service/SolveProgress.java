package uk.pcnplanner.solver.service;

import java.time.Duration;
import uk.pcnplanner.solver.domain.PlanSolution;

/**
 * What a listener hears about a running solve: each new best plan, and the end.
 *
 * @param finished true once the solve has ended and its best plan is saved as a draft
 * @param best the best plan so far, a copy the solver no longer changes: for showing it while it improves
 */
public record SolveProgress(long networkId, String score, long unassigned, Duration elapsed, boolean finished,
        PlanSolution best) {}
