package uk.pcnplanner.solver.constraints;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import java.time.temporal.ChronoUnit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Occupancy;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.domain.RoomUse;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * What the solver must respect, in the words of the product brief: hard rules are never broken
 * in a published rota, medium rules get what was asked for done, soft rules make it good to live with.
 * Every weight comes from {@link PlanWeights}.
 */
public class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            personInTwoPlacesAtOnce(f), outsideWorkingSessions(f), onLeave(f), outsideEmploymentDates(f),
            overContractedSessions(f), roomDoubleBooked(f), roomUnavailable(f), roomUnsuitable(f),
            needsAnAccessibleRoom(f), practiceClosed(f), outsideSupervisionWindow(f),
            clinicNotScheduled(f), supervisionNotScheduled(f), workingSessionWithoutARoom(f),
            practiceChangesAcrossWeeks(f), severalSitesInOneDay(f), tooManyPracticesInAWeek(f),
            clinicsBunchedInTheWeek(f), unfairShareBetweenPractices(f), unpopularSessionsSharedUnfairly(f),
            preferenceNotHonoured(f), roomChanges(f), supervisionCadenceUneven(f), supervisorOverCapacity(f)
        };
    }

    // Hard

    Constraint personInTwoPlacesAtOnce(ConstraintFactory f) {
        return occupancies(f)
                .join(occupancies(f), equal(Occupancy::person), overlapping(Occupancy::start, Occupancy::end),
                        lessThan(Occupancy::itemId))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.PERSON_IN_TWO_PLACES);
    }

    Constraint outsideWorkingSessions(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> !o.person().worksIn(o.period()))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.OUTSIDE_WORKING_SESSIONS);
    }

    Constraint onLeave(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> o.person().isOnLeave(o.period()))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.ON_LEAVE);
    }

    Constraint outsideEmploymentDates(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> !o.person().isEmployedOn(o.period().date()))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.OUTSIDE_EMPLOYMENT);
    }

    /** By the sessions over: a clinic too many costs one, two too many cost two. */
    Constraint overContractedSessions(ConstraintFactory f) {
        return occupancies(f)
                .filter(Occupancy::isWholeSession)
                .groupBy(Occupancy::person, o -> o.period().week(), count())
                .join(Horizon.class)
                .filter((person, week, n, horizon) -> n > horizon.availableSessions(person, week))
                .penalizeConfigurable((person, week, n, horizon) -> n - horizon.availableSessions(person, week))
                .asConstraint(PlanWeights.OVER_CONTRACT);
    }

    Constraint roomDoubleBooked(ConstraintFactory f) {
        return roomUses(f)
                .join(roomUses(f), equal(RoomUse::room), overlapping(RoomUse::start, RoomUse::end),
                        lessThan(RoomUse::itemId))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.ROOM_DOUBLE_BOOKED);
    }

    Constraint roomUnavailable(ConstraintFactory f) {
        return roomUses(f)
                .filter(use -> use.room().isUnavailableIn(use.period()))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.ROOM_UNAVAILABLE);
    }

    Constraint roomUnsuitable(ConstraintFactory f) {
        return roomUses(f)
                .filter(use -> !use.suitable())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.ROOM_UNSUITABLE);
    }

    Constraint needsAnAccessibleRoom(ConstraintFactory f) {
        return roomUses(f)
                .filter(use -> use.accessibleNeeded() && !use.room().isAccessible())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.NEEDS_ACCESSIBLE);
    }

    Constraint practiceClosed(ConstraintFactory f) {
        return placedClinics(f)
                .filter(c -> !c.practice().isOpen(c.period()))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.PRACTICE_CLOSED);
    }

    Constraint outsideSupervisionWindow(ConstraintFactory f) {
        return f.forEachIncludingNullVars(SupervisionItem.class)
                .filter(s -> s.isPlaced() && s.supervisor().windowCovering(s.period()) == null)
                .penalizeConfigurable()
                .asConstraint(PlanWeights.OUTSIDE_WINDOW);
    }

    // Medium

    Constraint clinicNotScheduled(ConstraintFactory f) {
        return f.forEachIncludingNullVars(ClinicItem.class)
                .filter(c -> !c.isPlaced())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.CLINIC_NOT_SCHEDULED);
    }

    Constraint supervisionNotScheduled(ConstraintFactory f) {
        return f.forEachIncludingNullVars(SupervisionItem.class)
                .filter(s -> !s.isPlaced())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.SUPERVISION_NOT_SCHEDULED);
    }

    Constraint workingSessionWithoutARoom(ConstraintFactory f) {
        return f.forEachIncludingNullVars(WorkItem.class)
                .filter(w -> !w.isPlaced())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.WORK_WITHOUT_ROOM);
    }

    // Soft

    /** Each week of the horizon a person serves a practice they serve at all but not that week. */
    Constraint practiceChangesAcrossWeeks(ConstraintFactory f) {
        return placedClinics(f)
                .groupBy(ClinicItem::person, ClinicItem::practice, countDistinct(ClinicItem::week))
                .join(Horizon.class)
                .filter((person, practice, weeks, horizon) -> weeks < horizon.weeks())
                .penalizeConfigurable((person, practice, weeks, horizon) -> horizon.weeks() - weeks)
                .asConstraint(PlanWeights.PRACTICE_CHANGES);
    }

    Constraint severalSitesInOneDay(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> o.site() != null)
                .groupBy(Occupancy::person, o -> o.period().date(), countDistinct(Occupancy::site))
                .filter((person, date, sites) -> sites > 1)
                .penalizeConfigurable((person, date, sites) -> sites - 1)
                .asConstraint(PlanWeights.SEVERAL_SITES_IN_A_DAY);
    }

    Constraint tooManyPracticesInAWeek(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> o.site() != null)
                .groupBy(Occupancy::person, o -> o.period().week(), countDistinct(Occupancy::site))
                .join(Horizon.class)
                .filter((person, week, sites, horizon) -> sites > horizon.practicesPerWeek())
                .penalizeConfigurable((person, week, sites, horizon) -> sites - horizon.practicesPerWeek())
                .asConstraint(PlanWeights.TOO_MANY_PRACTICES);
    }

    /** Each pair of one practice's clinics on the same day. */
    Constraint clinicsBunchedInTheWeek(ConstraintFactory f) {
        return placedClinics(f)
                .join(placedClinics(f), equal(ClinicItem::practice), equal(c -> c.period().date()),
                        lessThan(ClinicItem::id))
                .penalizeConfigurable()
                .asConstraint(PlanWeights.CLINICS_BUNCHED);
    }

    /**
     * Squared shortfall over list size: least when what cannot be met falls on each practice in
     * proportion to its list size. Scaled so one missing clinic at a 10,000-patient practice costs 10.
     */
    Constraint unfairShareBetweenPractices(ConstraintFactory f) {
        return f.forEachIncludingNullVars(ClinicItem.class)
                .filter(c -> !c.isPlaced())
                .groupBy(ClinicItem::practice, count())
                .penalizeConfigurable((practice, missing) -> missing * missing * 100_000 / Math.max(1, practice.listSize()))
                .asConstraint(PlanWeights.UNFAIR_SHARE);
    }

    /** Squared per person, so two people with one unpopular clinic each beat one person with two. */
    Constraint unpopularSessionsSharedUnfairly(ConstraintFactory f) {
        return placedClinics(f)
                .join(Horizon.class)
                .filter((clinic, horizon) -> horizon.isUnpopular(clinic.period()))
                .groupBy((clinic, horizon) -> clinic.person(), countBi())
                .penalizeConfigurable((person, n) -> n * n)
                .asConstraint(PlanWeights.UNPOPULAR_SHARED_UNFAIRLY);
    }

    Constraint preferenceNotHonoured(ConstraintFactory f) {
        return placedClinics(f)
                .filter(c -> !c.isPreferred())
                .penalizeConfigurable()
                .asConstraint(PlanWeights.PREFERENCE_NOT_HONOURED);
    }

    /** Each room beyond the first a person uses at one practice for whole sessions. */
    Constraint roomChanges(ConstraintFactory f) {
        return occupancies(f)
                .filter(o -> o.isWholeSession() && o.room() != null)
                .groupBy(Occupancy::person, Occupancy::site, countDistinct(Occupancy::room))
                .filter((person, site, rooms) -> rooms > 1)
                .penalizeConfigurable((person, site, rooms) -> rooms - 1)
                .asConstraint(PlanWeights.ROOM_CHANGES);
    }

    /** Days away from the cadence between one block's supervision and the next. */
    Constraint supervisionCadenceUneven(ConstraintFactory f) {
        return placedSupervision(f)
                .join(placedSupervision(f), equal(SupervisionItem::series), equal(s -> s.block() + 1, SupervisionItem::block))
                .filter((a, b) -> gapOffCadence(a, b) > 0)
                .penalizeConfigurable(PlanConstraints::gapOffCadence)
                .asConstraint(PlanWeights.CADENCE_UNEVEN);
    }

    Constraint supervisorOverCapacity(ConstraintFactory f) {
        return f.forEach(Person.class)
                .filter(p -> p.supervisor() != null)
                .groupBy(Person::supervisor, count())
                .filter((supervisor, n) -> n > supervisor.capacity())
                .penalizeConfigurable((supervisor, n) -> n - supervisor.capacity())
                .asConstraint(PlanWeights.SUPERVISOR_OVER_CAPACITY);
    }

    private static int gapOffCadence(SupervisionItem a, SupervisionItem b) {
        long days = ChronoUnit.DAYS.between(a.period().date(), b.period().date());
        return (int) Math.abs(days - 7L * a.everyWeeks());
    }

    private static UniConstraintStream<Occupancy> occupancies(ConstraintFactory f) {
        return f.forEach(PlanItem.class).flattenLast(PlanItem::occupancies);
    }

    private static UniConstraintStream<RoomUse> roomUses(ConstraintFactory f) {
        return f.forEach(PlanItem.class).flattenLast(PlanItem::roomUses);
    }

    private static UniConstraintStream<ClinicItem> placedClinics(ConstraintFactory f) {
        return f.forEachIncludingNullVars(ClinicItem.class).filter(ClinicItem::isPlaced);
    }

    private static UniConstraintStream<SupervisionItem> placedSupervision(ConstraintFactory f) {
        return f.forEachIncludingNullVars(SupervisionItem.class).filter(SupervisionItem::isPlaced);
    }
}
