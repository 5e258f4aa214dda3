package uk.pcnplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.HORIZON;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.supervisor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.service.SolverSettings;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** Whole solves of small problems: one that fits, under full score assertion, and one that cannot. */
class SmallProblemSolveTest {

    private final Person gp = supervisor("Dr Patel", "Tue 12:30-13:30; Thu 12:30-13:30 remote");
    private final Person sam = linkWorker("Sam").supervisedBy(gp);
    private final Person kim = linkWorker("Kim").supervisedBy(gp);
    private final PlanRoom room1 = room(CASTLE, "Room 1", RoomType.CONSULTING, true, "Mon-Fri AM");
    private final PlanRoom room2 = room(CASTLE, "Room 2", RoomType.CONSULTING);

    @Test
    void aSmallNetworkSolvesUnderFullAssertWithEverythingPlaced() {
        PlanSolution best = solve(problem(6), EnvironmentMode.FULL_ASSERT, 300);

        assertThat(best.score().hardScore()).isZero();
        assertThat(best.unassignedCount()).isZero();
    }

    @Test
    void tooManyClinicsForTheRoomsEndWithUnassignedItemsAndNoHardViolation() {
        // Two rooms, one free only in the afternoons: at most 15 clinic sessions a week fit, 25 are asked for.
        PlanSolution best = solve(problem(25), EnvironmentMode.REPRODUCIBLE, 2000);

        assertThat(best.score().hardScore()).isZero();
        assertThat(best.clinics().stream().filter(c -> !c.isPlaced()).count()).isGreaterThanOrEqualTo(10);
        assertThat(best.supervision()).allMatch(SupervisionItem::isPlaced);
    }

    @Test
    void aPinnedClinicStaysWhereItWasBookedEvenInAnUnpopularSession() {
        PlanSolution problem = problem(3);
        ClinicItem booked = problem.clinics().getFirst();
        Period fridayAfternoon = booked.periods().getLast();
        booked.place(sam, fridayAfternoon, room2).pin();

        PlanSolution best = solve(problem, EnvironmentMode.REPRODUCIBLE, 500);

        ClinicItem after = best.clinics().getFirst();
        assertThat(after.person()).isSameAs(sam);
        assertThat(after.period()).isSameAs(fridayAfternoon);
        assertThat(after.room()).isSameAs(room2);
    }

    private PlanSolution problem(int clinicsPerWeek) {
        List<Period> week1 = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (Half half : Half.values()) {
                week1.add(Plans.session(day, half));
            }
        }
        List<ClinicItem> clinics = new ArrayList<>();
        for (int i = 0; i < clinicsPerWeek; i++) {
            clinics.add(new ClinicItem(Plans.nextId(), CASTLE, "SPLW", 0, i, SessionSet.none(),
                    List.of(sam, kim), week1, List.of(room1, room2)));
        }
        List<Period> lunchtimes = List.of(Plans.timed(1, "12:30-13:00"), Plans.timed(1, "13:00-13:30"),
                Plans.timed(3, "12:30-13:00"), Plans.timed(3, "13:00-13:30"));
        List<SupervisionItem> supervision = List.of(
                new SupervisionItem(Plans.nextId(), SupervisionKind.DEBRIEF, gp, List.of(sam), 0, 1, lunchtimes,
                        List.of(room1, room2)),
                new SupervisionItem(Plans.nextId(), SupervisionKind.DEBRIEF, gp, List.of(kim), 0, 1, lunchtimes,
                        List.of(room1, room2)));
        return new PlanSolution(HORIZON, List.of(CASTLE), List.of(gp, sam, kim), List.of(room1, room2), clinics,
                List.of(), supervision, new PlanWeights());
    }

    private static PlanSolution solve(PlanSolution problem, EnvironmentMode mode, int unimprovedSteps) {
        SolverSettings settings = SolverSettings.defaults().withUnimprovedSteps(unimprovedSteps).withMode(mode);
        return SolverFactory.<PlanSolution>create(settings.solverConfig()).buildSolver().solve(problem);
    }
}
