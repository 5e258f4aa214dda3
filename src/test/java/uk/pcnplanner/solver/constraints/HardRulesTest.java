package uk.pcnplanner.solver.constraints;

import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.HORIZON;
import static uk.pcnplanner.solver.Plans.MONDAY;
import static uk.pcnplanner.solver.Plans.RIVERSIDE;
import static uk.pcnplanner.solver.Plans.clinic;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.oneToOne;
import static uk.pcnplanner.solver.Plans.person;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.session;
import static uk.pcnplanner.solver.Plans.supervisor;
import static uk.pcnplanner.solver.Plans.timed;
import static uk.pcnplanner.solver.Plans.work;
import static uk.pcnplanner.solver.WeightCheck.assertWeightApplied;
import static uk.pcnplanner.time.Half.AM;
import static uk.pcnplanner.time.Half.PM;

import org.junit.jupiter.api.Test;
import uk.pcnplanner.network.domain.RoomNeed;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.Plans;
import uk.pcnplanner.supervision.domain.SupervisionKind;

import java.util.List;

class HardRulesTest extends RuleTest {

    private final PlanRoom room1 = room(CASTLE, "Room 1", RoomType.CONSULTING);
    private final PlanRoom room2 = room(CASTLE, "Room 2", RoomType.CONSULTING);
    private final Person sam = linkWorker("Sam");

    // Person in two places at once
    @Test
    void firesForTwoClinicsInOneSession() {
        ClinicItem a = clinic(sam, session(0, AM), room1);
        ClinicItem b = clinic(sam, session(0, AM), room2);
        verify(PlanConstraints::personInTwoPlacesAtOnce).given(a, b).penalizesBy(1);
        assertWeightApplied(PlanWeights.PERSON_IN_TWO_PLACES, 1, sam, room1, room2, a, b);
    }

    @Test
    void firesForSupervisionDuringAClinic() {
        Person gp = supervisor("Dr Patel", "Mon 09:00-10:00");
        SupervisionItem s = oneToOne(gp, sam, 0, timed(0, "09:00-10:00"), room2);
        verify(PlanConstraints::personInTwoPlacesAtOnce).given(clinic(sam, session(0, AM), room1), s)
                .penalizesBy(1);
    }

    @Test
    void firesForARemoteSupervisionDuringAClinic() {
        Person gp = supervisor("Dr Patel", "Mon 09:00-10:00 remote");
        SupervisionItem remote = oneToOne(gp, sam, 0, timed(0, "09:00-10:00"), null);
        verify(PlanConstraints::personInTwoPlacesAtOnce).given(clinic(sam, session(0, AM), room1), remote)
                .penalizesBy(1);
    }

    @Test
    void firesForAClinicDuringABookedSupervisionWithNoRoomOutsideAnyWindow() {
        Person gp = supervisor("Dr Patel", "Tue 12:30-13:30");
        SupervisionItem booked = oneToOne(gp, sam, 0, timed(0, "10:00-11:00"), null).book();
        verify(PlanConstraints::personInTwoPlacesAtOnce).given(clinic(sam, session(0, AM), room1), booked)
                .penalizesBy(1);
    }

    @Test
    void firesForAClinicBookedWithNoRoomWhenAnotherClinicTakesItsSession() {
        ClinicItem booked = clinic(sam, session(0, AM), null).book();
        verify(PlanConstraints::personInTwoPlacesAtOnce).given(booked, clinic(sam, session(0, AM), room1))
                .penalizesBy(1);
    }

    @Test
    void doesNotFireForLunchtimeSupervisionBetweenSessions() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        SupervisionItem s = oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), room2);
        verify(PlanConstraints::personInTwoPlacesAtOnce)
                .given(clinic(sam, session(0, AM), room1), clinic(sam, session(0, PM), room1), s)
                .penalizesBy(0);
    }

    // Outside working sessions
    @Test
    void firesForAClinicInASessionNotWorked() {
        Person partTime = person("Kim", "Mon AM");
        ClinicItem c = clinic(partTime, session(0, PM), room1);
        verify(PlanConstraints::outsideWorkingSessions).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.OUTSIDE_WORKING_SESSIONS, 1, partTime, room1, c);
    }

    @Test
    void doesNotFireInAWorkedSessionOrForSupervisionOnAWorkedDay() {
        Person partTime = person("Kim", "Mon AM");
        Person gp = supervisor("Dr Patel", "Mon 16:00-17:00");
        verify(PlanConstraints::outsideWorkingSessions)
                .given(clinic(partTime, session(0, AM), room1), oneToOne(gp, partTime, 0, timed(0, "16:00-17:00"), room2))
                .penalizesBy(0);
    }

    // On leave
    @Test
    void firesForAClinicInAnAfternoonOff() {
        sam.onLeave(MONDAY, PM);
        ClinicItem c = clinic(sam, session(0, PM), room1);
        verify(PlanConstraints::onLeave).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.ON_LEAVE, 1, sam, room1, c);
    }

    @Test
    void doesNotFireInTheMorningOfAnAfternoonOff() {
        sam.onLeave(MONDAY, PM);
        verify(PlanConstraints::onLeave).given(clinic(sam, session(0, AM), room1)).penalizesBy(0);
    }

    // Outside employment dates
    @Test
    void firesAfterSomeoneHasLeft() {
        sam.employed(null, MONDAY);
        ClinicItem c = clinic(sam, session(1, AM), room1);
        verify(PlanConstraints::outsideEmploymentDates).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.OUTSIDE_EMPLOYMENT, 1, sam, room1, c);
    }

    @Test
    void doesNotFireOnTheirLastDay() {
        sam.employed(null, MONDAY);
        verify(PlanConstraints::outsideEmploymentDates).given(clinic(sam, session(0, AM), room1)).penalizesBy(0);
    }

    // Over contracted sessions
    @Test
    void firesByTheSessionsOverThePattern() {
        Person partTime = person("Kim", "Mon");
        ClinicItem a = clinic(partTime, session(0, AM), room1);
        ClinicItem b = clinic(partTime, session(0, PM), room1);
        ClinicItem c = clinic(partTime, session(1, AM), room1);
        ClinicItem d = clinic(partTime, session(1, PM), room1);
        verify(PlanConstraints::overContractedSessions).given(HORIZON, a, b, c, d).penalizesBy(2);
        assertWeightApplied(PlanWeights.OVER_CONTRACT, 2, partTime, room1, a, b, c, d);
    }

    @Test
    void leaveLowersTheContractThatWeek() {
        Person partTime = person("Kim", "Mon").onLeave(MONDAY, PM);
        verify(PlanConstraints::overContractedSessions)
                .given(HORIZON, clinic(partTime, session(0, AM), room1), clinic(partTime, session(1, AM), room1))
                .penalizesBy(1);
    }

    @Test
    void doesNotFireWithinThePattern() {
        Person partTime = person("Kim", "Mon");
        verify(PlanConstraints::overContractedSessions)
                .given(HORIZON, clinic(partTime, session(0, AM), room1), clinic(partTime, session(7, AM), room1))
                .penalizesBy(0);
    }

    // Room double booked
    @Test
    void firesForTwoPeopleInOneRoom() {
        Person kim = linkWorker("Kim");
        ClinicItem a = clinic(sam, session(0, AM), room1);
        ClinicItem b = clinic(kim, session(0, AM), room1);
        verify(PlanConstraints::roomDoubleBooked).given(a, b).penalizesBy(1);
        assertWeightApplied(PlanWeights.ROOM_DOUBLE_BOOKED, 1, sam, kim, room1, a, b);
    }

    @Test
    void firesForSupervisionInARoomInUse() {
        Person kim = person("Kim", "Mon");
        Person gp = supervisor("Dr Patel", "Mon 11:00-12:00");
        verify(PlanConstraints::roomDoubleBooked)
                .given(work(sam, session(0, AM), room1), oneToOne(gp, kim, 0, timed(0, "11:00-12:00"), room1))
                .penalizesBy(1);
    }

    @Test
    void doesNotFireForDifferentSessions() {
        Person kim = linkWorker("Kim");
        verify(PlanConstraints::roomDoubleBooked)
                .given(clinic(sam, session(0, AM), room1), clinic(kim, session(0, PM), room1))
                .penalizesBy(0);
    }

    // Room unavailable
    private final PlanRoom gpRoom = room(CASTLE, "GP room", RoomType.CONSULTING, true, "Mon-Fri AM");

    @Test
    void firesInASessionTheRoomIsUsedByOthers() {
        ClinicItem c = clinic(sam, session(0, AM), gpRoom);
        verify(PlanConstraints::roomUnavailable).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.ROOM_UNAVAILABLE, 1, sam, gpRoom, c);
    }

    @Test
    void doesNotFireAtLunchtimeOrInTheAfternoon() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        verify(PlanConstraints::roomUnavailable)
                .given(clinic(sam, session(0, PM), gpRoom), oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), gpRoom))
                .penalizesBy(0);
    }

    // Room unsuitable
    private final PlanRoom office = room(CASTLE, "Office", RoomType.OFFICE);

    @Test
    void firesForAConsultingNeedInAnOffice() {
        ClinicItem c = clinic(sam, session(0, AM), office);
        verify(PlanConstraints::roomUnsuitable).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.ROOM_UNSUITABLE, 1, sam, office, c);
    }

    @Test
    void firesForGroupSupervisionOutsideAGroupRoom() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        SupervisionItem group = Plans.supervision(SupervisionKind.GROUP, gp, List.of(sam), 0,
                timed(0, "12:30-13:30"), office);
        verify(PlanConstraints::roomUnsuitable).given(group).penalizesBy(1);
    }

    @Test
    void doesNotFireForAnOfficeNeedInAConsultingRoomOrADebriefInAnOffice() {
        Person admin = person("Kim", "Mon-Fri").needing(RoomNeed.OFFICE, false);
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        verify(PlanConstraints::roomUnsuitable)
                .given(work(admin, session(0, AM), room1), oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), office))
                .penalizesBy(0);
    }

    // Needs an accessible room
    private final PlanRoom upstairs = room(CASTLE, "Upstairs", RoomType.CONSULTING, false, "");

    @Test
    void firesForSomeoneNeedingStepFreeAccessUpstairs() {
        sam.needing(RoomNeed.CONSULTING, true);
        ClinicItem c = clinic(sam, session(0, AM), upstairs);
        verify(PlanConstraints::needsAnAccessibleRoom).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.NEEDS_ACCESSIBLE, 1, sam, upstairs, c);
    }

    @Test
    void doesNotFireForSomeoneWithoutThatNeed() {
        verify(PlanConstraints::needsAnAccessibleRoom).given(clinic(sam, session(0, AM), upstairs)).penalizesBy(0);
    }

    // Practice closed
    private final PlanRoom riversideRoom = room(RIVERSIDE, "Consulting 1", RoomType.CONSULTING);

    @Test
    void firesForAClinicOnTheDayThePracticeIsShut() {
        ClinicItem c = clinic(sam, session(4, AM), riversideRoom);
        verify(PlanConstraints::practiceClosed).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.PRACTICE_CLOSED, 1, sam, riversideRoom, c);
    }

    @Test
    void doesNotFireWhileOpen() {
        verify(PlanConstraints::practiceClosed).given(clinic(sam, session(3, PM), riversideRoom)).penalizesBy(0);
    }

    // Outside supervision window
    private final Person gp = supervisor("Dr Patel", "Tue 12:30-13:30");

    @Test
    void firesForSupervisionRunningPastTheWindow() {
        SupervisionItem s = oneToOne(gp, sam, 0, timed(1, "13:00-14:00"), room1);
        verify(PlanConstraints::outsideSupervisionWindow).given(s).penalizesBy(1);
        assertWeightApplied(PlanWeights.OUTSIDE_WINDOW, 1, gp, sam, room1, s);
    }

    @Test
    void doesNotFireInsideTheWindow() {
        verify(PlanConstraints::outsideSupervisionWindow)
                .given(oneToOne(gp, sam, 0, timed(1, "12:30-13:30"), room1))
                .penalizesBy(0);
    }
}
