package uk.pcnplanner.solver.constraints;

import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.clinic;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.oneToOne;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.session;
import static uk.pcnplanner.solver.Plans.supervisor;
import static uk.pcnplanner.solver.Plans.timed;
import static uk.pcnplanner.solver.Plans.unplacedClinic;
import static uk.pcnplanner.solver.Plans.work;
import static uk.pcnplanner.solver.WeightCheck.assertWeightApplied;
import static uk.pcnplanner.time.Half.AM;

import org.junit.jupiter.api.Test;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

class MediumRulesTest extends RuleTest {

    private final PlanRoom room1 = room(CASTLE, "Room 1", RoomType.CONSULTING);
    private final Person sam = linkWorker("Sam");
    private final Person gp = supervisor("Dr Patel", "Mon 12:30-13:30; Tue 12:30-13:30 remote");

    // Clinic not scheduled

    @Test
    void clinicNotScheduledFiresForAClinicWithNoOneOrNoRoom() {
        ClinicItem nobody = unplacedClinic(CASTLE, 0);
        ClinicItem noRoom = clinic(sam, session(0, AM), null);
        verify(PlanConstraints::clinicNotScheduled).given(nobody, noRoom).penalizesBy(2);
        assertWeightApplied(PlanWeights.CLINIC_NOT_SCHEDULED, 2, sam, nobody, noRoom);
    }

    @Test
    void clinicNotScheduledDoesNotFireForAPlacedClinic() {
        verify(PlanConstraints::clinicNotScheduled).given(clinic(sam, session(0, AM), room1)).penalizesBy(0);
    }

    // Supervision not scheduled

    @Test
    void supervisionNotScheduledFiresWithoutARoomInAnInPersonWindow() {
        SupervisionItem inPerson = oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), null);
        verify(PlanConstraints::supervisionNotScheduled).given(inPerson).penalizesBy(1);
        assertWeightApplied(PlanWeights.SUPERVISION_NOT_SCHEDULED, 1, gp, sam, inPerson);
    }

    @Test
    void supervisionNotScheduledDoesNotFireForARemoteWindowWithoutARoom() {
        verify(PlanConstraints::supervisionNotScheduled)
                .given(oneToOne(gp, sam, 0, timed(1, "12:30-13:30"), null))
                .penalizesBy(0);
    }

    // Working session without a room

    @Test
    void workingSessionWithoutARoomFiresWhenNoRoomIsGiven() {
        WorkItem roomless = work(sam, session(0, AM), null);
        verify(PlanConstraints::workingSessionWithoutARoom).given(roomless).penalizesBy(1);
        assertWeightApplied(PlanWeights.WORK_WITHOUT_ROOM, 1, sam, roomless);
    }

    @Test
    void workingSessionWithoutARoomDoesNotFireWithARoom() {
        verify(PlanConstraints::workingSessionWithoutARoom).given(work(sam, session(0, AM), room1)).penalizesBy(0);
    }
}
