package uk.pcnplanner.solver.constraints;

import static uk.pcnplanner.solver.Plans.CASTLE;
import static uk.pcnplanner.solver.Plans.HORIZON;
import static uk.pcnplanner.solver.Plans.NORTHGATE;
import static uk.pcnplanner.solver.Plans.RIVERSIDE;
import static uk.pcnplanner.solver.Plans.clinic;
import static uk.pcnplanner.solver.Plans.linkWorker;
import static uk.pcnplanner.solver.Plans.oneToOne;
import static uk.pcnplanner.solver.Plans.preferring;
import static uk.pcnplanner.solver.Plans.room;
import static uk.pcnplanner.solver.Plans.session;
import static uk.pcnplanner.solver.Plans.supervisor;
import static uk.pcnplanner.solver.Plans.timed;
import static uk.pcnplanner.solver.Plans.unplacedClinic;
import static uk.pcnplanner.solver.WeightCheck.assertWeightApplied;
import static uk.pcnplanner.time.Half.AM;
import static uk.pcnplanner.time.Half.PM;

import org.junit.jupiter.api.Test;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.network.domain.RoomType;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.time.SupervisionWindows;

class SoftRulesTest extends RuleTest {

    private final PlanRoom castle1 = room(CASTLE, "Room 1", RoomType.CONSULTING);
    private final PlanRoom castle2 = room(CASTLE, "Room 2", RoomType.CONSULTING);
    private final PlanRoom riverside1 = room(RIVERSIDE, "Consulting 1", RoomType.CONSULTING);
    private final PlanRoom riverside2 = room(RIVERSIDE, "Consulting 2", RoomType.CONSULTING);
    private final PlanRoom third = room(NORTHGATE, "Room 1", RoomType.CONSULTING);
    private final Person sam = linkWorker("Sam");
    private final Person kim = linkWorker("Kim");

    // Practice changes across weeks

    @Test
    void practiceChangesAcrossWeeksFiresForAPracticeServedInOnlyOneOfTwoWeeks() {
        ClinicItem week1 = clinic(sam, session(0, AM), castle1);
        ClinicItem week2 = clinic(sam, session(7, AM), riverside1);
        verify(PlanConstraints::practiceChangesAcrossWeeks).given(HORIZON, week1, week2).penalizesBy(2);
        assertWeightApplied(PlanWeights.PRACTICE_CHANGES, 2, sam, castle1, riverside1, week1, week2);
    }

    @Test
    void practiceChangesAcrossWeeksDoesNotFireWhenThePracticeKeepsItsLinkWorker() {
        verify(PlanConstraints::practiceChangesAcrossWeeks)
                .given(HORIZON, clinic(sam, session(0, AM), castle1), clinic(sam, session(7, PM), castle1))
                .penalizesBy(0);
    }

    // Several sites in one day

    @Test
    void severalSitesInOneDayFiresForAMorningAndAnAfternoonAtDifferentPractices() {
        ClinicItem morning = clinic(sam, session(0, AM), castle1);
        ClinicItem afternoon = clinic(sam, session(0, PM), riverside1);
        verify(PlanConstraints::severalSitesInOneDay).given(morning, afternoon).penalizesBy(1);
        assertWeightApplied(PlanWeights.SEVERAL_SITES_IN_A_DAY, 1, sam, castle1, riverside1, morning, afternoon);
    }

    @Test
    void severalSitesInOneDayDoesNotFireOnDifferentDays() {
        verify(PlanConstraints::severalSitesInOneDay)
                .given(clinic(sam, session(0, AM), castle1), clinic(sam, session(1, PM), riverside1))
                .penalizesBy(0);
    }

    // Too many practices in a week

    @Test
    void tooManyPracticesInAWeekFiresForAThirdPractice() {
        ClinicItem a = clinic(sam, session(0, AM), castle1);
        ClinicItem b = clinic(sam, session(1, AM), riverside1);
        ClinicItem c = clinic(sam, session(2, AM), third);
        verify(PlanConstraints::tooManyPracticesInAWeek).given(HORIZON, a, b, c).penalizesBy(1);
        assertWeightApplied(PlanWeights.TOO_MANY_PRACTICES, 1, sam, castle1, riverside1, third, a, b, c);
    }

    @Test
    void tooManyPracticesInAWeekDoesNotFireForTwoPracticesOrAcrossWeeks() {
        verify(PlanConstraints::tooManyPracticesInAWeek)
                .given(HORIZON, clinic(sam, session(0, AM), castle1), clinic(sam, session(1, AM), riverside1),
                        clinic(sam, session(7, AM), third))
                .penalizesBy(0);
    }

    @Test
    void tooManyPracticesInAWeekCountsFromTheDirectorsLimit() {
        ClinicItem a = clinic(sam, session(0, AM), castle1);
        ClinicItem b = clinic(sam, session(1, AM), riverside1);
        ClinicItem c = clinic(sam, session(2, AM), third);
        verify(PlanConstraints::tooManyPracticesInAWeek)
                .given(HORIZON.withRotation(3, HORIZON.unpopular()), a, b, c).penalizesBy(0);
        verify(PlanConstraints::tooManyPracticesInAWeek)
                .given(HORIZON.withRotation(1, HORIZON.unpopular()), a, b, c).penalizesBy(2);
    }

    // Clinics bunched in the week

    @Test
    void clinicsBunchedInTheWeekFiresForEachPairOnOneDay() {
        ClinicItem a = clinic(sam, session(0, AM), castle1);
        ClinicItem b = clinic(kim, session(0, AM), castle2);
        ClinicItem c = clinic(sam, session(0, PM), castle1);
        verify(PlanConstraints::clinicsBunchedInTheWeek).given(a, b, c).penalizesBy(3);
        assertWeightApplied(PlanWeights.CLINICS_BUNCHED, 3, sam, kim, castle1, castle2, a, b, c);
    }

    @Test
    void clinicsBunchedInTheWeekDoesNotFireForClinicsOnDifferentDaysOrPractices() {
        verify(PlanConstraints::clinicsBunchedInTheWeek)
                .given(clinic(sam, session(0, AM), castle1), clinic(kim, session(1, AM), castle2),
                        clinic(kim, session(0, AM), riverside1))
                .penalizesBy(0);
    }

    // Unfair share between practices

    @Test
    void unfairShareBetweenPracticesWeighsShortfallSquaredOverListSize() {
        ClinicItem a = unplacedClinic(CASTLE, 0);
        ClinicItem b = unplacedClinic(CASTLE, 0);
        ClinicItem c = unplacedClinic(RIVERSIDE, 0);
        // Castle (10,000): 2² × 100,000 / 10,000 = 40; Riverside (20,000): 1 × 100,000 / 20,000 = 5.
        verify(PlanConstraints::unfairShareBetweenPractices).given(a, b, c).penalizesBy(45);
        assertWeightApplied(PlanWeights.UNFAIR_SHARE, 45, a, b, c);
    }

    @Test
    void unfairShareBetweenPracticesDoesNotFireWhenEveryClinicIsPlaced() {
        verify(PlanConstraints::unfairShareBetweenPractices).given(clinic(sam, session(0, AM), castle1))
                .penalizesBy(0);
    }

    // Unpopular sessions shared unfairly

    @Test
    void unpopularSessionsSharedUnfairlyCostsTheSquareOfEachPersonsCount() {
        ClinicItem a = clinic(sam, session(4, PM), castle1);
        ClinicItem b = clinic(sam, session(11, PM), castle1);
        ClinicItem c = clinic(kim, session(4, PM), castle2);
        verify(PlanConstraints::unpopularSessionsSharedUnfairly).given(HORIZON, a, b, c).penalizesBy(5);
        assertWeightApplied(PlanWeights.UNPOPULAR_SHARED_UNFAIRLY, 5, sam, kim, castle1, castle2, a, b, c);
    }

    @Test
    void unpopularSessionsSharedUnfairlyDoesNotFireForOtherSessions() {
        verify(PlanConstraints::unpopularSessionsSharedUnfairly)
                .given(HORIZON, clinic(sam, session(4, AM), castle1))
                .penalizesBy(0);
    }

    @Test
    void unpopularSessionsAreTheOnesTheDirectorNamed() {
        ClinicItem mondayMorning = clinic(sam, session(0, AM), castle1);
        ClinicItem fridayAfternoon = clinic(sam, session(4, PM), castle1);
        verify(PlanConstraints::unpopularSessionsSharedUnfairly)
                .given(HORIZON.withRotation(2, SessionSet.parse("Mon AM")), mondayMorning, fridayAfternoon)
                .penalizesBy(1);
    }

    // Preference not honoured

    @Test
    void preferenceNotHonouredFiresOutsideThePracticesPreferredSessions() {
        ClinicItem c = preferring("Tue AM, Thu", sam, session(0, AM), castle1);
        verify(PlanConstraints::preferenceNotHonoured).given(c).penalizesBy(1);
        assertWeightApplied(PlanWeights.PREFERENCE_NOT_HONOURED, 1, sam, castle1, c);
    }

    @Test
    void preferenceNotHonouredDoesNotFireInAPreferredSessionOrWithoutPreferences() {
        verify(PlanConstraints::preferenceNotHonoured)
                .given(preferring("Tue AM, Thu", sam, session(3, PM), castle1), clinic(kim, session(0, AM), castle2))
                .penalizesBy(0);
    }

    // Room changes

    @Test
    void roomChangesFiresForEachExtraRoomAtOnePractice() {
        ClinicItem a = clinic(sam, session(0, AM), castle1);
        ClinicItem b = clinic(sam, session(1, AM), castle2);
        verify(PlanConstraints::roomChanges).given(a, b).penalizesBy(1);
        assertWeightApplied(PlanWeights.ROOM_CHANGES, 1, sam, castle1, castle2, a, b);
    }

    @Test
    void roomChangesDoesNotFireForTheSameRoomOrADifferentPractice() {
        verify(PlanConstraints::roomChanges)
                .given(clinic(sam, session(0, AM), castle1), clinic(sam, session(1, AM), castle1),
                        clinic(sam, session(2, AM), riverside2))
                .penalizesBy(0);
    }

    // Supervision cadence uneven

    @Test
    void supervisionCadenceUnevenCountsDaysAwayFromTheCadence() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30; Fri 12:30-13:30");
        SupervisionItem first = oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), castle1);
        SupervisionItem second = oneToOne(gp, sam, 1, timed(11, "12:30-13:30"), castle1);
        // Blocks of one week, eleven days apart: four days off.
        verify(PlanConstraints::supervisionCadenceUneven).given(first, second).penalizesBy(4);
        assertWeightApplied(PlanWeights.CADENCE_UNEVEN, 4, gp, sam, castle1, first, second);
    }

    @Test
    void supervisionCadenceUnevenDoesNotFireAWeekApart() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        verify(PlanConstraints::supervisionCadenceUneven)
                .given(oneToOne(gp, sam, 0, timed(0, "12:30-13:30"), castle1),
                        oneToOne(gp, sam, 1, timed(7, "12:30-13:30"), castle1))
                .penalizesBy(0);
    }

    // Supervisor over capacity

    @Test
    void supervisorOverCapacityFiresForEachSuperviseeOverTheCapacity() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30").supervising(SupervisionWindows.none(), 1);
        Person lee = linkWorker("Lee").supervisedBy(gp);
        sam.supervisedBy(gp);
        kim.supervisedBy(gp);
        verify(PlanConstraints::supervisorOverCapacity).given(gp, sam, kim, lee).penalizesBy(2);
        assertWeightApplied(PlanWeights.SUPERVISOR_OVER_CAPACITY, 2, gp, sam, kim, lee);
    }

    @Test
    void supervisorOverCapacityDoesNotFireWithinCapacity() {
        Person gp = supervisor("Dr Patel", "Mon 12:30-13:30");
        sam.supervisedBy(gp);
        verify(PlanConstraints::supervisorOverCapacity).given(gp, sam, kim).penalizesBy(0);
    }
}
