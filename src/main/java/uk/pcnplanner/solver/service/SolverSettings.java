package uk.pcnplanner.solver.service;

import java.time.Duration;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.pcnplanner.solver.constraints.PlanConstraints;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * How long a solve may run and on which engine. A solve ends at the time limit or when the best
 * score has not improved for the unimproved limit, whichever comes first.
 *
 * @param engine OptaPlanner 10 picks Drools when both engines are present, so it is chosen here
 * @param unimprovedSteps when above 0, the searches end after that many steps without a better plan
 *     instead of by the clock, so the same problem always gives the same plan (for tests and benchmarks)
 */
public record SolverSettings(Duration timeLimit, Duration unimprovedLimit, ConstraintStreamImplType engine,
        EnvironmentMode mode, int unimprovedSteps) {

    /** Steps the clinics-only search may go without improving, in proportion to the final search's. */
    private static final int CLINIC_STEPS_SHARE = 4;
    /** Enough for the demo's clinics to reach every practice; more only delays the first complete plan. */
    private static final int CLINIC_STEPS = 500;

    public static SolverSettings defaults() {
        return new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), ConstraintStreamImplType.BAVET,
                EnvironmentMode.REPRODUCIBLE, 0);
    }

    public SolverSettings withLimits(Duration time, Duration unimproved) {
        return new SolverSettings(time, unimproved, engine, mode, unimprovedSteps);
    }

    public SolverSettings withEngine(ConstraintStreamImplType type) {
        return new SolverSettings(timeLimit, unimprovedLimit, type, mode, unimprovedSteps);
    }

    public SolverSettings withMode(EnvironmentMode environmentMode) {
        return new SolverSettings(timeLimit, unimprovedLimit, engine, environmentMode, unimprovedSteps);
    }

    /** Ends by counting steps rather than by the clock; the time limits no longer apply. */
    public SolverSettings withUnimprovedSteps(int steps) {
        return new SolverSettings(timeLimit, unimprovedLimit, engine, mode, steps);
    }

    public SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(ClinicItem.class, WorkItem.class, SupervisionItem.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withConstraintStreamImplType(engine)
                .withEnvironmentMode(mode)
                .withPhases(SearchPhases.phases(clinicsOnlyEnd(), lastEnd()).toArray(PhaseConfig[]::new))
                .withTerminationConfig(unimprovedSteps > 0 ? new TerminationConfig()
                        : new TerminationConfig().withSpentLimit(timeLimit));
    }

    private TerminationConfig clinicsOnlyEnd() {
        return unimprovedSteps > 0
                ? new TerminationConfig().withUnimprovedStepCountLimit(Math.max(1, unimprovedSteps / CLINIC_STEPS_SHARE))
                : new TerminationConfig().withUnimprovedSpentLimit(Duration.ofSeconds(2))
                        .withUnimprovedStepCountLimit(CLINIC_STEPS);
    }

    private TerminationConfig lastEnd() {
        return unimprovedSteps > 0
                ? new TerminationConfig().withUnimprovedStepCountLimit(unimprovedSteps)
                : new TerminationConfig().withUnimprovedSpentLimit(unimprovedLimit);
    }
}
