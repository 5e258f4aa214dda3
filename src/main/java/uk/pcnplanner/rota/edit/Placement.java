package uk.pcnplanner.rota.edit;

import java.util.ArrayList;
import java.util.List;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * Where one item is, or could be, on the plan: who, when and in which room, whatever kind of
 * item it is. Only a clinic's person can change; a working session keeps its time, too.
 */
record Placement(Person person, Period period, PlanRoom room) {

    static Placement of(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> new Placement(c.person(), c.period(), c.room());
            case SupervisionItem s -> new Placement(s.supervisor(), s.period(), s.room());
            case WorkItem w -> new Placement(w.person(), w.period(), w.room());
            default -> throw new IllegalArgumentException("Not a plan item: " + item);
        };
    }

    void applyTo(PlanItem item) {
        switch (item) {
            case ClinicItem c -> c.place(person, period, room);
            case SupervisionItem s -> s.place(period, room);
            case WorkItem w -> w.place(room);
            default -> throw new IllegalArgumentException("Not a plan item: " + item);
        }
    }

    /** Who may be chosen: a clinic's candidates; the fixed person of anything else. */
    static List<Person> people(PlanItem item) {
        return item instanceof ClinicItem c ? c.candidates() : List.of(of(item).person());
    }

    static List<Period> periods(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> c.periods();
            case SupervisionItem s -> s.periods();
            case WorkItem w -> List.of(w.period());
            default -> List.of();
        };
    }

    /** A supervision in a remote window needs no room, so for it "no room" (null) is a choice too. */
    static List<PlanRoom> rooms(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> c.rooms();
            case SupervisionItem s -> withNone(s.rooms());
            case WorkItem w -> w.rooms();
            default -> List.of();
        };
    }

    private static List<PlanRoom> withNone(List<PlanRoom> rooms) {
        List<PlanRoom> options = new ArrayList<>(rooms);
        options.add(null);
        return options;
    }
}
