package uk.pcnplanner.rota.edit;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/** How edits name sessions, rooms and items in their messages, so refusals and suggestions read alike. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private Words() {}

    /** "Tue 2 Feb AM", or "Tue 2 Feb 12:30–13:00" for a timed item. */
    static String when(Period period) {
        if (period == null) {
            return "no session";
        }
        return DAY.format(period.date()) + " " + (period.isWholeSession() ? period.session()
                : period.times().start() + "–" + period.times().end());
    }

    static String room(PlanRoom room) {
        return room == null ? "no room (remote)" : room.name() + " at " + room.site().name();
    }

    /** "a clinic at Riverside", "a working session at Castle Surgery", "a debrief with Dr Patel". */
    static String what(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> "a clinic at " + c.practice().name();
            case WorkItem w -> "a working session at " + w.person().base().name();
            case SupervisionItem s -> "a " + s.kind().label().toLowerCase(Locale.UK) + " with " + s.supervisor().name();
            default -> "another booking";
        };
    }

    /** The item's main person and what it is: "Asha Khan's clinic at Riverside". */
    static String whose(PlanItem item) {
        Placement at = Placement.of(item);
        String kind = what(item).substring(2);
        if (item instanceof SupervisionItem s) {
            return s.lead().name() + "'s " + kind;
        }
        return at.person() == null ? "an unstaffed " + kind : at.person().name() + "'s " + kind;
    }
}
