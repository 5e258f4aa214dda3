package uk.pcnplanner.solver;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.PlanMapper;
import uk.pcnplanner.solver.service.SolverSettings;

/**
 * Not part of the build (the name does not end in Test): solves the demo network for the same
 * time on each constraint-stream engine and prints the score-calculation speed. Run with
 * {@code ./mvnw -o -q test -Dtest=EngineSpeedMeasurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
class EngineSpeedMeasurement {

    private static final Duration SOLVE_FOR = Duration.ofSeconds(20);

    @Autowired
    PlanMapper mapper;

    @Autowired
    NetworkRepository networks;

    // Bavet twice, so the first run's warm-up shows.
    @Test
    void compareBavetAndDrools() {
        long networkId = networks.findFirstByOrderByIdAsc().orElseThrow().getId();
        for (ConstraintStreamImplType engine : new ConstraintStreamImplType[] {
            ConstraintStreamImplType.BAVET, ConstraintStreamImplType.DROOLS, ConstraintStreamImplType.BAVET}) {
            SolverSettings settings = SolverSettings.defaults().withEngine(engine).withLimits(SOLVE_FOR, SOLVE_FOR);
            Solver<PlanSolution> solver = SolverFactory.<PlanSolution>create(settings.solverConfig()).buildSolver();
            PlanSolution best = solver.solve(mapper.problem(networkId, new PlanWeights()));
            var scope = ((DefaultSolver<PlanSolution>) solver).getSolverScope();
            System.out.printf("ENGINE %s: %d score calculations/s over %d ms, best %s at %d ms, unassigned %d "
                            + "(clinics %d of %d, working sessions %d of %d, supervision %d of %d)%n",
                    engine, scope.getScoreCalculationSpeed(), scope.getTimeMillisSpent(), best.score(),
                    scope.getBestSolutionTimeMillisSpent(), best.unassignedCount(),
                    unplaced(best.clinics()), best.clinics().size(), unplaced(best.work()), best.work().size(),
                    unplaced(best.supervision()), best.supervision().size());
        }
    }

    private static long unplaced(List<? extends PlanItem> items) {
        return items.stream().filter(item -> !item.isPlaced()).count();
    }
}
