package uk.pcnplanner.benchmark;

import java.io.File;
import java.time.Duration;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import uk.pcnplanner.solver.service.SolverSettings;

/**
 * OptaPlanner's benchmark report comparing the portal's search (late acceptance over 100 steps,
 * see {@code SearchPhases}) with the same moves under tabu search on the M and L instances. Argument: seconds per run (default 30).
 * The HTML report lands in {@code target/benchmarks}.
 */
public final class SolverConfigBenchmark {

    private SolverConfigBenchmark() {}

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        SolverSettings settings = SolverSettings.defaults()
                .withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        ProblemBenchmarksConfig statistics = new ProblemBenchmarksConfig().withProblemStatisticTypes(
                ProblemStatisticType.BEST_SCORE, ProblemStatisticType.SCORE_CALCULATION_SPEED);
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("Portal search against tabu search")
                .withBenchmarkDirectory(new File("target/benchmarks"))
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(0L)
                .withSolverBenchmarkConfigs(
                        new SolverBenchmarkConfig().withName("Late acceptance over 100 steps (portal default)")
                                .withSolverConfig(settings.solverConfig()).withProblemBenchmarksConfig(statistics),
                        new SolverBenchmarkConfig().withName("Tabu search")
                                .withSolverConfig(tabu(settings.solverConfig())).withProblemBenchmarksConfig(statistics));
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(
                InstanceGenerator.generate(InstanceGenerator.M, 42), InstanceGenerator.generate(InstanceGenerator.L, 42))
                .benchmark();
    }

    /** The same phases, with the last search accepting by entity tabu over a thousand moves a step. */
    private static SolverConfig tabu(SolverConfig config) {
        LocalSearchPhaseConfig last = (LocalSearchPhaseConfig) config.getPhaseConfigList().getLast();
        last.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02));
        last.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
        return config;
    }
}
