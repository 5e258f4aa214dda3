package uk.pcnplanner.solver.service;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.pcnplanner.security.ClinicalDirectorOnly;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.draft.DraftStore;
import uk.pcnplanner.solver.draft.PlanDraft;
import uk.pcnplanner.solver.lock.SolveLock;

/**
 * Runs solves off the request thread, one at a time (two cores): a request for another network
 * waits its turn. Listeners hear every new best plan; the best plan is saved as a draft at the end.
 */
@Service
public class SolveService {

    private static final Logger log = LoggerFactory.getLogger(SolveService.class);

    private final SolverSettings settings;
    private final SolverManager<PlanSolution, Long> solverManager;
    private final PlanProblems problems;
    private final DraftStore drafts;
    private final Clock clock;
    private final SolveLock lock;
    private final List<Consumer<SolveProgress>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Instant> startedAt = new ConcurrentHashMap<>();
    private final Set<Long> submitted = ConcurrentHashMap.newKeySet();

    SolveService(SolverSettings settings, PlanProblems problems, DraftStore drafts, Clock clock, SolveLock lock) {
        this.settings = settings;
        this.solverManager = SolverManager.create(settings.solverConfig(),
                new SolverManagerConfig().withParallelSolverCount("1"));
        this.problems = problems;
        this.drafts = drafts;
        this.clock = clock;
        this.lock = lock;
    }

    /** Starts solving the network from its current plan, or queues it behind the solve already running. */
    @ClinicalDirectorOnly
    public SolveTicket solve(long networkId) {
        if (isRunning(networkId)) {
            return SolveTicket.refused(networkId, "This network is already being solved");
        }
        // Another instance on the same database may be solving it (see SolveLock).
        Optional<String> elsewhere = lock.tryAcquire(networkId);
        if (elsewhere.isPresent()) {
            return SolveTicket.refused(networkId, elsewhere.get());
        }
        // Known from the request on, not only once its solve has started, so a quick second request sees it.
        boolean queued = submitted.stream().anyMatch(id -> id != networkId && isRunning(id));
        submitted.add(networkId);
        try {
            solverManager.solveAndListen(networkId, this::startFrom, best -> publish(networkId, best, false),
                    best -> {
                        try {
                            finish(networkId, best);
                        } finally {
                            lock.release(networkId);
                        }
                    },
                    (id, error) -> {
                        submitted.remove(id);
                        lock.release(networkId);
                        log.error("Solving network {} failed", id, error);
                    });
        } catch (RuntimeException e) {
            submitted.remove(networkId);
            lock.release(networkId);
            throw e;
        }
        return new SolveTicket(networkId, true, queued, queued
                ? "Queued behind another network's solve: this one starts when that one ends"
                : "Solving started");
    }

    /**
     * Solves on the caller's thread for at most {@code limit}, ending sooner when the best plan stops
     * improving, and saves it as the draft: for the command line, which has nothing else to do meanwhile.
     * It takes the same lock as the portal's solves, so a command run against a live database never
     * solves a network the portal is solving.
     *
     * @throws IllegalStateException naming who holds the network when it is being solved already
     */
    @ClinicalDirectorOnly
    public PlanDraft solveNow(long networkId, Duration limit) {
        if (isRunning(networkId)) {
            throw new IllegalStateException("This network is already being solved");
        }
        lock.tryAcquire(networkId).ifPresent(elsewhere -> {
            throw new IllegalStateException(elsewhere);
        });
        try {
            Duration unimproved = limit.compareTo(settings.unimprovedLimit()) < 0 ? limit : settings.unimprovedLimit();
            Solver<PlanSolution> solver = SolverFactory.<PlanSolution>create(
                    settings.withLimits(limit, unimproved).solverConfig()).buildSolver();
            return drafts.save(networkId, solver.solve(problems.current(networkId)));
        } finally {
            lock.release(networkId);
        }
    }

    @ClinicalDirectorOnly
    public void stop(long networkId) {
        solverManager.terminateEarly(networkId);
        // A solve stopped before it started never reports an end, so nothing else would let go of it.
        if (!isRunning(networkId)) {
            submitted.remove(networkId);
            lock.release(networkId);
        }
    }

    @ClinicalDirectorOnly
    public boolean isRunning(long networkId) {
        return solverManager.getSolverStatus(networkId) != SolverStatus.NOT_SOLVING;
    }

    /** @return a handle that removes the listener again, e.g. when a view detaches */
    @ClinicalDirectorOnly
    public Runnable listen(Consumer<SolveProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private PlanSolution startFrom(long networkId) {
        startedAt.put(networkId, clock.instant());
        return problems.current(networkId);
    }

    private void publish(long networkId, PlanSolution best, boolean finished) {
        Instant start = startedAt.getOrDefault(networkId, clock.instant());
        SolveProgress progress = new SolveProgress(networkId, String.valueOf(best.score()), best.unassignedCount(),
                Duration.between(start, clock.instant()), finished, best);
        listeners.forEach(listener -> listener.accept(progress));
    }

    private void finish(long networkId, PlanSolution best) {
        drafts.save(networkId, best);
        publish(networkId, best, true);
        startedAt.remove(networkId);
        submitted.remove(networkId);
    }

    @PreDestroy
    void close() {
        solverManager.close();
    }
}
