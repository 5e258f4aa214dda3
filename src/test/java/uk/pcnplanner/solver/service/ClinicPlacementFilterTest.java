package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.Plans;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.time.Half;

/**
 * The placements the search skips for a clinic are exactly those in which the clinic, alone in
 * the plan, breaks a hard rule: skipping them can never hide a plan the rules would allow.
 */
class ClinicPlacementFilterTest {

    private static final SolutionManager<PlanSolution, HardMediumSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(SolverSettings.defaults().solverConfig()));

    // Riverside is closed on Fridays; one room is held by the practice on Wednesday mornings.
    private final PlanRoom free = Plans.room(Plans.RIVERSIDE, "Room 1", RoomType.CONSULTING);
    private final PlanRoom heldWednesdayMornings = Plans.room(Plans.RIVERSIDE, "Room 2", RoomType.CONSULTING, true, "Wed AM");
    private final PlanRoom office = Plans.room(Plans.RIVERSIDE, "Office", RoomType.OFFICE);
    private final PlanRoom upstairs = Plans.room(Plans.RIVERSIDE, "Upstairs", RoomType.CONSULTING, false, "");

    @Test
    void aPlacementIsSkippedExactlyWhenTheClinicAloneBreaksAHardRule() {
        Person partTime = Plans.person("Part-time link worker", "Mon-Wed");
        Person onLeaveTuesday = Plans.linkWorker("Link worker on leave").onLeave(Plans.MONDAY.plusDays(1), Half.AM);
        Person leavingWednesday = Plans.linkWorker("Leaving link worker").employed(null, Plans.MONDAY.plusDays(2));
        Person needsStepFree = Plans.linkWorker("Link worker using a wheelchair").needing(RoomNeed.CONSULTING, true);
        Person officeOnly = Plans.linkWorker("Link worker working from an office").needing(RoomNeed.OFFICE, false);
        List<Person> people = List.of(partTime, onLeaveTuesday, leavingWednesday, needsStepFree, officeOnly);
        List<PlanRoom> rooms = List.of(free, heldWednesdayMornings, office, upstairs);

        int skipped = 0;
        int tried = 0;
        for (Person person : people) {
            for (Period period : week()) {
                for (PlanRoom room : rooms) {
                    ClinicItem clinic = Plans.unplacedClinic(Plans.RIVERSIDE, 0);
                    boolean allowed = clinic.couldBePlaced(person, period, room);
                    clinic.place(person, period, room);
                    HardMediumSoftScore alone = SCORING.update(Plans.solution(new PlanWeights(), person, room, clinic));
                    assertThat(allowed).as("%s in %s in %s", person, period, room).isEqualTo(alone.hardScore() == 0);
                    if (allowed) {
                        tried++;
                    } else {
                        skipped++;
                    }
                }
            }
        }
        // Both kinds occur, so the comparison above checked something either way.
        assertThat(skipped).isPositive();
        assertThat(tried).isPositive();
    }

    @Test
    void ofThePlacementsThatLeaveAClinicUnplacedOnlyTheEmptyOneIsKept() {
        ClinicItem clinic = Plans.unplacedClinic(Plans.RIVERSIDE, 0);
        Person person = Plans.linkWorker("Link worker");
        Period monday = Plans.session(0, Half.AM);

        assertThat(clinic.couldBePlaced(null, null, null)).isTrue();
        assertThat(clinic.couldBePlaced(person, null, free)).isFalse();
        assertThat(clinic.couldBePlaced(null, monday, free)).isFalse();
        assertThat(clinic.couldBePlaced(person, monday, null)).as("a person who needs a room, without one").isFalse();
        assertThat(clinic.couldBePlaced(person, monday, free)).isTrue();
    }

    private static List<Period> week() {
        List<Period> periods = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (Half half : Half.values()) {
                periods.add(Plans.session(day, half));
            }
        }
        return periods;
    }
}
