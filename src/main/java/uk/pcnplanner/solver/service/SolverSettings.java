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
 */
public record SolverSettings(
        Duration timeLimit, Duration unimprovedLimit, ConstraintStreamImplType engine, EnvironmentMode mode) {

    public static SolverSettings defaults() {
        return new SolverSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), ConstraintStreamImplType.BAVET,
                EnvironmentMode.REPRODUCIBLE);
    }

    public SolverSettings withLimits(Duration time, Duration unimproved) {
        return new SolverSettings(time, unimproved, engine, mode);
    }

    public SolverSettings withEngine(ConstraintStreamImplType type) {
        return new SolverSettings(timeLimit, unimprovedLimit, type, mode);
    }

    public SolverSettings withMode(EnvironmentMode environmentMode) {
        return new SolverSettings(timeLimit, unimprovedLimit, engine, environmentMode);
    }

    public SolverConfig solverConfig() {
        return new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(ClinicItem.class, WorkItem.class, SupervisionItem.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withConstraintStreamImplType(engine)
                .withEnvironmentMode(mode)
                .withPhases(SearchPhases.phases(unimprovedLimit).toArray(PhaseConfig[]::new))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
    }
}
