package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.draft.DraftStore;
import uk.pcnplanner.solver.draft.PlanDraftItem;

/**
 * Whole solves of the demo network: directly, and through the solve service as the portal runs them.
 * Searches end by step count, not by the clock, so each solve gives the same plan on any machine.
 */
@SpringBootTest(properties = "pcn.solver.unimproved-steps=" + DemoSolveTest.STEPS)
class DemoSolveTest {

    static final int STEPS = 2000;

    @Autowired
    PlanMapper mapper;

    @Autowired
    NetworkRepository networks;

    @Autowired
    SolveService solveService;

    @Autowired
    DraftStore drafts;

    @Autowired
    PlanProblems problems;

    @Test
    void theDemoNetworkSolvesWithNoHardViolationNoClinicLeftOverAndAReasonForEachItemThatIs() {
        PlanSolution problem = mapper.problem(networkId(), new PlanWeights());
        SolverSettings settings = SolverSettings.defaults().withUnimprovedSteps(STEPS);

        PlanSolution best = SolverFactory.<PlanSolution>create(settings.solverConfig()).buildSolver().solve(problem);

        assertThat(best.score().hardScore()).isZero();
        assertThat(best.clinics()).allMatch(ClinicItem::isPlaced);
        UnassignedReasons reasons = new UnassignedReasons(best);
        assertThat(best.items().stream().filter(i -> !i.isPlaced()).map(reasons::reason)).allMatch(r -> r.length() > 20);
    }

    @Test
    @WithUserDetails(value = "director", setupBefore = TestExecutionEvent.TEST_METHOD)
    void theSolveServiceReportsEachBestPlanAndSavesTheLastAsADraftTheNextSolveStartsFrom() throws InterruptedException {
        List<SolveProgress> heard = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        Runnable stopListening = solveService.listen(progress -> {
            heard.add(progress);
            if (progress.finished()) {
                finished.countDown();
            }
        });

        SolveTicket ticket = solveService.solve(networkId());
        finished.await();
        stopListening.run();

        assertThat(ticket.queued()).isFalse();
        assertThat(heard).isNotEmpty().last().satisfies(last -> assertThat(last.score()).startsWith("0hard"));
        List<PlanDraftItem> saved = List.copyOf(drafts.latest(networkId()).values());
        assertThat(saved).isNotEmpty();
        assertThat(saved).filteredOn(i -> i.getReason() != null).hasSize((int) heard.getLast().unassigned());
        // The next solve starts from this draft: every item it placed is placed again.
        assertThat(problems.current(networkId()).unassignedCount()).isEqualTo(heard.getLast().unassigned());
    }

    private long networkId() {
        return networks.findFirstByOrderByIdAsc().orElseThrow().getId();
    }
}
