package uk.pcnplanner.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Horizon;
import uk.pcnplanner.solver.domain.Occupancy;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.RoomUse;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * How a person fills the spreadsheet: clinics practice by practice, then supervision, then rooms
 * for everyone else, each item in the first place (person, session, room, in list order) that
 * breaks no hard rule given what is already filled in; nothing is ever moved again.
 */
final class GreedyBaseline {

    private final Horizon horizon;
    private final Map<Person, List<Occupancy>> busy = new HashMap<>();
    private final Map<PlanRoom, List<RoomUse>> taken = new HashMap<>();
    private final Map<String, Integer> sessionsInWeek = new HashMap<>();

    private GreedyBaseline(Horizon horizon) {
        this.horizon = horizon;
    }

    /** Fills the plan in place. */
    static void fill(PlanSolution plan) {
        GreedyBaseline baseline = new GreedyBaseline(plan.horizon());
        plan.clinics().forEach(baseline::clinic);
        plan.supervision().forEach(baseline::supervision);
        plan.work().forEach(baseline::work);
    }

    private void clinic(ClinicItem c) {
        for (Person person : c.candidates()) {
            for (Period period : c.periods()) {
                for (PlanRoom room : c.rooms()) {
                    c.place(person, period, room);
                    if (c.practice().isOpen(period) && fits(c)) {
                        keep(c);
                        return;
                    }
                }
            }
        }
        c.place(null, null, null);
    }

    private void supervision(SupervisionItem s) {
        List<PlanRoom> options = new ArrayList<>(s.rooms());
        options.add(null);
        for (Period period : s.periods()) {
            for (PlanRoom room : options) {
                s.place(period, room);
                if (s.isPlaced() && s.supervisor().windowCovering(period) != null && fits(s)) {
                    keep(s);
                    return;
                }
            }
        }
        s.place(null, null);
    }

    private void work(WorkItem w) {
        for (PlanRoom room : w.rooms()) {
            w.place(room);
            if (fits(w)) {
                keep(w);
                return;
            }
        }
        w.place(null);
    }

    private boolean fits(PlanItem item) {
        if (!item.isPlaced()) {
            return false;
        }
        for (Occupancy o : item.occupancies()) {
            Person p = o.person();
            if (!p.worksIn(o.period()) || p.isOnLeave(o.period()) || !p.isEmployedOn(o.period().date())
                    || busy.getOrDefault(p, List.of()).stream().anyMatch(other -> overlaps(o.period(), other.period()))
                    || (o.isWholeSession() && sessionsInWeek.getOrDefault(weekKey(o), 0)
                            >= horizon.availableSessions(p, o.period().week()))) {
                return false;
            }
        }
        for (RoomUse u : item.roomUses()) {
            if (!u.suitable() || (u.accessibleNeeded() && !u.room().isAccessible()) || u.room().isUnavailableIn(u.period())
                    || taken.getOrDefault(u.room(), List.of()).stream().anyMatch(other -> overlaps(u.period(), other.period()))) {
                return false;
            }
        }
        return true;
    }

    private void keep(PlanItem item) {
        for (Occupancy o : item.occupancies()) {
            busy.computeIfAbsent(o.person(), p -> new ArrayList<>()).add(o);
            if (o.isWholeSession()) {
                sessionsInWeek.merge(weekKey(o), 1, Integer::sum);
            }
        }
        item.roomUses().forEach(u -> taken.computeIfAbsent(u.room(), r -> new ArrayList<>()).add(u));
    }

    private static String weekKey(Occupancy o) {
        return o.person().code() + "|" + o.period().week();
    }

    private static boolean overlaps(Period a, Period b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
