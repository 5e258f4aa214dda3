package uk.pcnplanner.rota.service;

import static java.util.Map.entry;

import java.util.Map;
import uk.pcnplanner.solver.domain.PlanWeights;

/** What each solver rule means, in a line a clinical director can weigh it by. */
public final class RuleDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            entry(PlanWeights.PERSON_IN_TWO_PLACES, "Nobody is booked for two things that overlap in time"),
            entry(PlanWeights.OUTSIDE_WORKING_SESSIONS, "People are booked only in the sessions they work"),
            entry(PlanWeights.ON_LEAVE, "Nobody is booked while on leave"),
            entry(PlanWeights.OUTSIDE_EMPLOYMENT, "Nobody is booked before they start or after they leave"),
            entry(PlanWeights.OVER_CONTRACT, "Nobody works more sessions in a week than their contract allows"),
            entry(PlanWeights.ROOM_DOUBLE_BOOKED, "A room holds one booking at a time"),
            entry(PlanWeights.ROOM_UNAVAILABLE, "Rooms are not used in the sessions the practice keeps them back"),
            entry(PlanWeights.ROOM_UNSUITABLE, "Each booking gets the kind of room it needs"),
            entry(PlanWeights.NEEDS_ACCESSIBLE, "Anyone who needs an accessible room gets one"),
            entry(PlanWeights.PRACTICE_CLOSED, "No clinic at a practice in a session it is closed"),
            entry(PlanWeights.OUTSIDE_WINDOW, "Supervision happens inside the supervisor's windows"),
            entry(PlanWeights.CLINIC_NOT_SCHEDULED, "Each clinic a practice asked for is scheduled"),
            entry(PlanWeights.SUPERVISION_NOT_SCHEDULED, "Each supervision that is due is scheduled"),
            entry(PlanWeights.WORK_WITHOUT_ROOM, "Non-clinic working sessions get a room"),
            entry(PlanWeights.PRACTICE_CHANGES, "People see the same practices every week, for continuity"),
            entry(PlanWeights.SEVERAL_SITES_IN_A_DAY, "People stay at one site for the day"),
            entry(PlanWeights.TOO_MANY_PRACTICES, "People serve no more practices in a week than the network allows"),
            entry(PlanWeights.CLINICS_BUNCHED, "A person's clinics are spread over the week"),
            entry(PlanWeights.UNFAIR_SHARE, "Practices lose clinics in fair proportion to their list size"),
            entry(PlanWeights.UNPOPULAR_SHARED_UNFAIRLY, "Unpopular sessions are shared out between people"),
            entry(PlanWeights.PREFERENCE_NOT_HONOURED, "People get the sessions they prefer"),
            entry(PlanWeights.ROOM_CHANGES, "People keep the same room at a site"),
            entry(PlanWeights.CADENCE_UNEVEN, "Supervision comes at an even interval"),
            entry(PlanWeights.SUPERVISOR_OVER_CAPACITY, "Supervisors are not given more supervision than they can take"));

    private RuleDescriptions() {}

    public static String of(String rule) {
        return DESCRIPTIONS.getOrDefault(rule, "");
    }
}
