package uk.pcnplanner.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.service.SolverSettings;

/**
 * Solves generated instances with the portal's solver configuration for a fixed time and prints,
 * per instance: time to the first feasible plan, the best score at 10, 30 and 60 seconds, the
 * score-calculation speed, the peak heap, and the greedy baseline's score and unassigned count.
 * Arguments: {@code [--seconds N] [--engine BAVET|DROOLS] S M L XL}. Run one instance per JVM for a
 * clean peak-heap figure (see BENCHMARKS.md).
 */
public final class BenchmarkRunner {

    private static final long SEED = 42;
    private static final long WARM_UP_SECONDS = 8;
    private static final int[] CHECKPOINTS = {10, 30, 60};
    /** The first-fit phases for clinics, supervision and rooms end with the fourth phase. */
    private static final int CONSTRUCTED = 3;

    private record Best(long millis, HardMediumSoftScore score) {}

    private BenchmarkRunner() {}

    public static void main(String[] args) {
        long seconds = 60;
        ConstraintStreamImplType engine = ConstraintStreamImplType.BAVET;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--engine" -> engine = ConstraintStreamImplType.valueOf(args[++i]);
                default -> names.add(args[i]);
            }
        }
        System.out.printf("java %s, %d cores, max heap %d MB, engine %s, %d s per instance%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, engine, seconds);
        // The portal's JVM is warm when someone presses Solve; a short solve of S warms this one the same way.
        warmUp(engine);
        for (String name : names.isEmpty() ? List.of("S", "M", "L", "XL") : names) {
            run(InstanceGenerator.size(name), seconds, engine);
        }
    }

    private static void warmUp(ConstraintStreamImplType engine) {
        SolverSettings settings = SolverSettings.defaults().withEngine(engine)
                .withLimits(Duration.ofSeconds(WARM_UP_SECONDS), Duration.ofSeconds(WARM_UP_SECONDS));
        SolverFactory.<PlanSolution>create(settings.solverConfig()).buildSolver()
                .solve(InstanceGenerator.generate(InstanceGenerator.S, SEED + 1));
    }

    private static void run(InstanceGenerator.Size size, long seconds, ConstraintStreamImplType engine) {
        SolverSettings settings = SolverSettings.defaults().withEngine(engine)
                .withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        SolverFactory<PlanSolution> factory = SolverFactory.create(settings.solverConfig());
        PlanSolution baselinePlan = InstanceGenerator.generate(size, SEED);
        long baselineStart = System.nanoTime();
        GreedyBaseline.fill(baselinePlan);
        long baselineMillis = (System.nanoTime() - baselineStart) / 1_000_000;
        HardMediumSoftScore baselineScore = SolutionManager.<PlanSolution, HardMediumSoftScore>create(factory)
                .update(baselinePlan);

        PlanSolution problem = InstanceGenerator.generate(size, SEED);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Solver<PlanSolution> solver = factory.buildSolver();
        List<Best> bests = new ArrayList<>();
        solver.addEventListener(e -> bests.add(new Best(e.getTimeMillisSpent(), e.getNewBestSolution().score())));
        List<Best> phaseEnds = new ArrayList<>();
        ((DefaultSolver<PlanSolution>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<PlanSolution> phase) {
                phaseEnds.add(new Best(phase.calculateSolverTimeMillisSpentUpToNow(), phase.getBestScore()));
            }
        });
        PlanSolution best = solver.solve(problem);
        var scope = ((DefaultSolver<PlanSolution>) solver).getSolverScope();
        long peakHeapMb = peakHeap() >> 20;

        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%-2s staff %d, items %d (clinics %d, work %d, supervision %d) | first feasible %s | ",
                size.name(), size.staff(), problem.items().size(), problem.clinics().size(), problem.work().size(),
                problem.supervision().size(), firstFeasible(phaseEnds.get(CONSTRUCTED), bests)));
        for (int checkpoint : CHECKPOINTS) {
            if (checkpoint <= seconds) {
                line.append("at ").append(checkpoint).append(" s ").append(bestAt(bests, checkpoint * 1000L)).append(" | ");
            }
        }
        line.append(String.format(Locale.ROOT, "final %s after %d s, unassigned %d | %d score calculations/s | "
                        + "peak heap %d MB | baseline %s, unassigned %d, in %d ms",
                best.score(), scope.getTimeMillisSpent() / 1000, best.unassignedCount(),
                scope.getScoreCalculationSpeed(), peakHeapMb, baselineScore, baselinePlan.unassignedCount(),
                baselineMillis));
        System.out.println("RESULT " + line);
    }

    /**
     * The empty plan already breaks no hard rule, so feasible means: every item has been tried
     * (the first-fit phases are done) and no hard rule is broken.
     */
    private static String firstFeasible(Best constructed, List<Best> bests) {
        return Stream.concat(Stream.of(constructed), bests.stream().filter(b -> b.millis() > constructed.millis()))
                .filter(b -> b.score().hardScore() == 0)
                .findFirst()
                .map(b -> String.format(Locale.ROOT, "%.1f s (%s)", b.millis() / 1000.0, b.score()))
                .orElse("never");
    }

    private static String bestAt(List<Best> bests, long millis) {
        return bests.stream().filter(b -> b.millis() <= millis).reduce((a, b) -> b)
                .map(b -> b.score().toString()).orElse("-");
    }

    /** Summed peaks of the heap pools since the reset: an upper bound of the heap the solve needed. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
