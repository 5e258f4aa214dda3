package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.pcnplanner.network.domain.NetworkRepository;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;

@SpringBootTest
class DemoSolveTest {

    @Autowired
    PlanMapper mapper;

    @Autowired
    NetworkRepository networks;

    @Test
    void theDemoNetworkSolvesWithNoHardViolationAndEveryClinicScheduled() {
        long id = networks.findFirstByOrderByIdAsc().orElseThrow().getId();
        PlanSolution problem = mapper.problem(id, new PlanWeights());
        SolverSettings settings = SolverSettings.defaults().withLimits(Duration.ofSeconds(20), Duration.ofSeconds(5));

        PlanSolution best = SolverFactory.<PlanSolution>create(settings.solverConfig()).buildSolver().solve(problem);

        System.out.println("Demo solve: " + best.score() + ", unassigned " + best.unassignedCount() + " of " + best.items().size());
        System.out.println("clinics unplaced " + best.clinics().stream().filter(c -> !c.isPlaced()).count() + "/" + best.clinics().size()
                + ", work " + best.work().stream().filter(c -> !c.isPlaced()).count() + "/" + best.work().size()
                + ", supervision " + best.supervision().stream().filter(c -> !c.isPlaced()).count() + "/" + best.supervision().size());
        best.clinics().stream().filter(c -> !c.isPlaced()).limit(5).forEach(c -> {
            for (var p : c.candidates()) {
                long n = c.periods().stream().filter(per -> p.worksIn(per) && !p.isOnLeave(per) && p.isEmployedOn(per.date()))
                        .filter(per -> c.rooms().stream().anyMatch(r -> !r.isUnavailableIn(per) && p.roomNeed().fits(r.type()))).count();
                long busy = best.clinics().stream().filter(o -> o.isPlaced() && o.person() == p && o.week() == c.week()).count();
                System.out.println(c + " " + p + " feasible sessions " + n + " already " + busy + " of " + problem.horizon().availableSessions(p, c.week()) + " pattern " + p.pattern());
            }
        });
        assertThat(best.score().hardScore()).isZero();
        assertThat(best.clinics()).allMatch(ClinicItem::isPlaced);
    }
}
