package uk.pcnplanner.rota.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.pcnplanner.rota.edit.PlanScoring.Break;
import uk.pcnplanner.rota.edit.PlanScoring.Scored;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanWeights;

/**
 * What a placement does to the plan, in a few words a clinical director can choose by:
 * "Sam Taylor, Tue 2 Feb PM, Room 3: no conflicts, keeps continuity".
 */
final class SuggestionWords {

    private SuggestionWords() {}

    static String describe(Placement to, PlanItem item, boolean wasPlaced, Scored before, Scored after,
            BreakWords breaks) {
        List<String> effects = new ArrayList<>();
        Set<Break> broken = after.newSince(before);
        effects.add(broken.isEmpty() ? "no conflicts" : "breaks a hard rule: " + breaks.describe(broken.iterator().next()));
        if (!wasPlaced && item.isPlaced()) {
            effects.add("schedules it");
        }
        if (item instanceof ClinicItem) {
            effects.add(after.softChange(PlanWeights.PRACTICE_CHANGES, before) >= 0 ? "keeps continuity"
                    : "less continuity (not there every week)");
        }
        soft(effects, after, before, PlanWeights.PREFERENCE_NOT_HONOURED, "a preferred session", "not a preferred session");
        soft(effects, after, before, PlanWeights.ROOM_CHANGES, "the usual room", "a different room from usual");
        soft(effects, after, before, PlanWeights.SEVERAL_SITES_IN_A_DAY, "one site that day", "a second site that day");
        soft(effects, after, before, PlanWeights.TOO_MANY_PRACTICES, "fewer practices that week",
                "too many practices that week");
        soft(effects, after, before, PlanWeights.CLINICS_BUNCHED, "spreads the practice's clinics",
                "two of the practice's clinics on one day");
        soft(effects, after, before, PlanWeights.UNPOPULAR_SHARED_UNFAIRLY, "shares unpopular sessions better",
                "an unpopular session for them");
        soft(effects, after, before, PlanWeights.CADENCE_UNEVEN, "a more even supervision interval",
                "a less even supervision interval");
        String who = to.person() == null ? "No one" : to.person().name();
        return who + ", " + Words.when(to.period()) + ", " + (to.room() == null ? "no room" : to.room().name()) + ": "
                + String.join(", ", effects);
    }

    private static void soft(List<String> effects, Scored after, Scored before, String rule, String better,
            String worse) {
        int change = after.softChange(rule, before);
        if (change > 0) {
            effects.add(better);
        } else if (change < 0) {
            effects.add(worse);
        }
    }
}
