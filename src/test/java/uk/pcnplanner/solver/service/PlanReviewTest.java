package uk.pcnplanner.solver.service;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.clinic;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.session;
import static uk.pcnplanner.solver.Plans.supervisor;
import static uk.pcnplanner.solver.Plans.timed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.Plans;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.supervision.domain.SupervisionKind;
import uk.pcnplanner.time.Half;
import uk.pcnplanner.time.SessionSet;

/** Explanations, reasons for what is left over, and the best places for one item, on small plans. */
class PlanReviewTest {

    private final Person sam = linkWorker("Sam");
    private final PlanRoom gpRoom = room(CASTLE, "Room 1", RoomType.CONSULTING, true, "Mon-Fri AM");
    private final PlanRoom room2 = room(CASTLE, "Room 2", RoomType.CONSULTING, true, "Mon-Fri");

    @Test
    void theExplanationNamesTheRuleAndBothItemsOfADoubleBooking() {
        Person kim = linkWorker("Kim");
        ClinicItem a = clinic(sam, session(0, Half.PM), gpRoom);
        ClinicItem b = clinic(kim, session(0, Half.PM), gpRoom);

        PlanExplanation explanation = new PlanExplainer(SolverSettings.defaults())
                .explain(Plans.solution(new PlanWeights(), sam, kim, gpRoom, a, b));

        assertThat(explanation.rules()).first().satisfies(rule -> {
            assertThat(rule.level()).isEqualTo("HARD");
            assertThat(rule.rule()).isEqualTo("Room double-booked");
            assertThat(rule.matches()).isEqualTo(1);
        });
        assertThat(explanation.byItem().get(a.key())).contains("Room double-booked (-1hard)");
    }

    @Test
    void theBestPlaceForAnUnplacedClinicIsAFreeAfternoonAndThePlanIsLeftAsItWas() {
        ClinicItem open = new ClinicItem(Plans.nextId(), CASTLE, "SPLW", 0, 0, SessionSet.none(), List.of(sam),
                List.of(session(0, Half.AM), session(0, Half.PM)), List.of(gpRoom, room2));
        PlanSolution plan = Plans.solution(new PlanWeights(), sam, gpRoom, room2, open);

        List<BestPlaces.Placement> best = new BestPlaces(SolverSettings.defaults()).find(plan, open, 2);

        assertThat(best.getFirst().period()).isEqualTo(open.periods().get(1));
        assertThat(best.getFirst().room()).isEqualTo(gpRoom);
        // +4 for the clinic; soft: the unfair share (10) goes, a practice served one week of two (5) comes.
        assertThat(best.getFirst().effect()).isEqualTo(HardMediumSoftScore.of(0, 4, 5));
        assertThat(best.get(1).effect().hardScore()).isNegative();
        assertThat(open.isPlaced()).isFalse();
    }

    @Test
    void aClinicNoOneMayRunSaysSo() {
        ClinicItem nobody = Plans.unplacedClinic(CASTLE, 0);

        assertThat(reason(nobody)).isEqualTo("No SPLW may work at Castle Surgery");
    }

    @Test
    void aClinicWithSomeoneFreeButNoRoomNamesTheRoomShortage() {
        ClinicItem noRoom = new ClinicItem(Plans.nextId(), CASTLE, "SPLW", 0, 0, SessionSet.none(), List.of(sam),
                List.of(session(0, Half.AM)), List.of(gpRoom));

        assertThat(reason(noRoom)).startsWith("No suitable room free at Castle Surgery in the sessions Sam are free");
    }

    @Test
    void supervisionWithNoWindowOnTheSuperviseesDaysSaysWho() {
        Person gp = supervisor("Dr Patel", "Tue 12:30-13:30");
        SupervisionItem due = new SupervisionItem(Plans.nextId(), SupervisionKind.DEBRIEF, gp, List.of(sam), 0, 2,
                List.of(), List.of());

        assertThat(reason(due)).isEqualTo("Dr Patel has no window on the days Sam works in that block");
    }

    @Test
    void supervisionWhenTheSuperviseeIsAlwaysBusySaysTheyAreNeverBothFree() {
        Person gp = supervisor("Dr Patel", "Mon 09:00-10:00");
        ClinicItem busy = clinic(sam, session(0, Half.AM), gpRoom);
        SupervisionItem due = new SupervisionItem(Plans.nextId(), SupervisionKind.DEBRIEF, gp, List.of(sam), 0, 2,
                List.of(timed(0, "09:00-09:30")), List.of(room2));

        assertThat(new UnassignedReasons(Plans.solution(new PlanWeights(), gp, sam, gpRoom, busy, due)).reason(due))
                .isEqualTo("Dr Patel and Sam are never both free in Dr Patel's windows in that block");
    }

    private static String reason(Object item) {
        PlanSolution plan = Plans.solution(new PlanWeights(), item);
        return new UnassignedReasons(plan).reason(plan.items().getFirst());
    }
}
