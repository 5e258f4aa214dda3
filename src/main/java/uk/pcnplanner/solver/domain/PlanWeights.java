package uk.pcnplanner.solver.domain;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import uk.pcnplanner.time.SessionSet;

/**
 * Every rule's weight, as data the clinical director can change (and a soft rule can be switched
 * off with 0). The field initialisers are the defaults; the level of each rule is fixed by them.
 * A missing clinic outweighs a missing supervision, which outweighs a working session without a
 * room: when rooms run short, what practices asked for comes first.
 */
@ConstraintConfiguration(constraintPackage = PlanWeights.PACKAGE)
public class PlanWeights {

    public static final String PACKAGE = "uk.pcnplanner.solver";
    public static final String PERSON_IN_TWO_PLACES = "Person in two places at once";
    public static final String OUTSIDE_WORKING_SESSIONS = "Outside working sessions";
    public static final String ON_LEAVE = "On leave";
    public static final String OUTSIDE_EMPLOYMENT = "Outside employment dates";
    public static final String OVER_CONTRACT = "Over contracted sessions";
    public static final String ROOM_DOUBLE_BOOKED = "Room double-booked";
    public static final String ROOM_UNAVAILABLE = "Room unavailable";
    public static final String ROOM_UNSUITABLE = "Room unsuitable";
    public static final String NEEDS_ACCESSIBLE = "Needs an accessible room";
    public static final String PRACTICE_CLOSED = "Practice closed";
    public static final String OUTSIDE_WINDOW = "Outside supervision window";
    public static final String CLINIC_NOT_SCHEDULED = "Clinic not scheduled";
    public static final String SUPERVISION_NOT_SCHEDULED = "Supervision not scheduled";
    public static final String WORK_WITHOUT_ROOM = "Working session without a room";
    public static final String PRACTICE_CHANGES = "Practice changes across weeks";
    public static final String SEVERAL_SITES_IN_A_DAY = "Several sites in one day";
    public static final String TOO_MANY_PRACTICES = "Too many practices in a week";
    public static final String CLINICS_BUNCHED = "Clinics bunched in the week";
    public static final String UNFAIR_SHARE = "Unfair share between practices";
    public static final String UNPOPULAR_SHARED_UNFAIRLY = "Unpopular sessions shared unfairly";
    public static final String PREFERENCE_NOT_HONOURED = "Preference not honoured";
    public static final String ROOM_CHANGES = "Room changes";
    public static final String CADENCE_UNEVEN = "Supervision cadence uneven";
    public static final String SUPERVISOR_OVER_CAPACITY = "Supervisor over capacity";

    @ConstraintWeight(PERSON_IN_TWO_PLACES)
    private HardMediumSoftScore personInTwoPlaces = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(OUTSIDE_WORKING_SESSIONS)
    private HardMediumSoftScore outsideWorkingSessions = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(ON_LEAVE)
    private HardMediumSoftScore onLeave = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(OUTSIDE_EMPLOYMENT)
    private HardMediumSoftScore outsideEmployment = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(OVER_CONTRACT)
    private HardMediumSoftScore overContract = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(ROOM_DOUBLE_BOOKED)
    private HardMediumSoftScore roomDoubleBooked = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(ROOM_UNAVAILABLE)
    private HardMediumSoftScore roomUnavailable = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(ROOM_UNSUITABLE)
    private HardMediumSoftScore roomUnsuitable = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(NEEDS_ACCESSIBLE)
    private HardMediumSoftScore needsAccessible = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(PRACTICE_CLOSED)
    private HardMediumSoftScore practiceClosed = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(OUTSIDE_WINDOW)
    private HardMediumSoftScore outsideWindow = HardMediumSoftScore.ofHard(1);

    @ConstraintWeight(CLINIC_NOT_SCHEDULED)
    private HardMediumSoftScore clinicNotScheduled = HardMediumSoftScore.ofMedium(4);

    @ConstraintWeight(SUPERVISION_NOT_SCHEDULED)
    private HardMediumSoftScore supervisionNotScheduled = HardMediumSoftScore.ofMedium(3);

    @ConstraintWeight(WORK_WITHOUT_ROOM)
    private HardMediumSoftScore workWithoutRoom = HardMediumSoftScore.ofMedium(1);

    @ConstraintWeight(PRACTICE_CHANGES)
    private HardMediumSoftScore practiceChanges = HardMediumSoftScore.ofSoft(5);

    @ConstraintWeight(SEVERAL_SITES_IN_A_DAY)
    private HardMediumSoftScore severalSitesInADay = HardMediumSoftScore.ofSoft(20);

    @ConstraintWeight(TOO_MANY_PRACTICES)
    private HardMediumSoftScore tooManyPractices = HardMediumSoftScore.ofSoft(10);

    @ConstraintWeight(CLINICS_BUNCHED)
    private HardMediumSoftScore clinicsBunched = HardMediumSoftScore.ofSoft(3);

    @ConstraintWeight(UNFAIR_SHARE)
    private HardMediumSoftScore unfairShare = HardMediumSoftScore.ofSoft(1);

    @ConstraintWeight(UNPOPULAR_SHARED_UNFAIRLY)
    private HardMediumSoftScore unpopularSharedUnfairly = HardMediumSoftScore.ofSoft(2);

    @ConstraintWeight(PREFERENCE_NOT_HONOURED)
    private HardMediumSoftScore preferenceNotHonoured = HardMediumSoftScore.ofSoft(5);

    @ConstraintWeight(ROOM_CHANGES)
    private HardMediumSoftScore roomChanges = HardMediumSoftScore.ofSoft(1);

    @ConstraintWeight(CADENCE_UNEVEN)
    private HardMediumSoftScore cadenceUneven = HardMediumSoftScore.ofSoft(1);

    @ConstraintWeight(SUPERVISOR_OVER_CAPACITY)
    private HardMediumSoftScore supervisorOverCapacity = HardMediumSoftScore.ofSoft(50);

    /** Research on these roles finds rotation across about two practices, one of them the base, works best. */
    public static final int DEFAULT_PRACTICES_PER_WEEK = 2;
    public static final SessionSet DEFAULT_UNPOPULAR = SessionSet.parse("Mon AM, Fri PM");

    private int practicesPerWeek = DEFAULT_PRACTICES_PER_WEEK;
    private SessionSet unpopular = DEFAULT_UNPOPULAR;

    /**
     * What the rotation rules measure against, as the director set them.
     *
     * @param practices how many practices a person may serve in a week before "Too many practices" counts
     * @param unpopularSessions the sessions "Unpopular sessions shared unfairly" shares out
     */
    public PlanWeights withRotation(int practices, SessionSet unpopularSessions) {
        this.practicesPerWeek = practices;
        this.unpopular = unpopularSessions;
        return this;
    }

    public int practicesPerWeek() {
        return practicesPerWeek;
    }

    public SessionSet unpopular() {
        return unpopular;
    }

    /** The defaults with the given weights (by constraint name) laid over them; unknown names are ignored. */
    public static PlanWeights of(Map<String, Integer> weights) {
        PlanWeights config = new PlanWeights();
        for (Field field : weightFields()) {
            Integer weight = weights.get(field.getAnnotation(ConstraintWeight.class).value());
            if (weight != null) {
                config.set(field, scaled(config.get(field), weight));
            }
        }
        return config;
    }

    /** Each rule's current weight, in the order the rules are listed for a clinical director. */
    public Map<String, HardMediumSoftScore> weights() {
        Map<String, HardMediumSoftScore> all = new LinkedHashMap<>();
        for (Field field : weightFields()) {
            all.put(field.getAnnotation(ConstraintWeight.class).value(), get(field));
        }
        return all;
    }

    // Keeps the rule's level: a hard rule stays hard whatever number it is given.
    private static HardMediumSoftScore scaled(HardMediumSoftScore level, int weight) {
        if (level.hardScore() != 0) {
            return HardMediumSoftScore.ofHard(weight);
        }
        return level.mediumScore() != 0 ? HardMediumSoftScore.ofMedium(weight) : HardMediumSoftScore.ofSoft(weight);
    }

    private static List<Field> weightFields() {
        return Arrays.stream(PlanWeights.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ConstraintWeight.class))
                .toList();
    }

    private HardMediumSoftScore get(Field field) {
        try {
            return (HardMediumSoftScore) field.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void set(Field field, HardMediumSoftScore weight) {
        try {
            field.set(this, weight);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
