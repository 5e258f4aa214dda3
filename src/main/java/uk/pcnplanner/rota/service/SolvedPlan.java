package uk.pcnplanner.rota.service;

import java.time.Instant;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;

/**
 * A solve's best plan so far as the rota page shows it, read straight from the solver's copy:
 * nothing is saved until the solve ends, so the page can show the plan improving without the database.
 */
public final class SolvedPlan {

    static final String NOT_YET = "Not placed yet: the solve is still running";

    private SolvedPlan() {}

    public static RotaPlan of(PlanSolution best, Instant at) {
        return new RotaPlan(null, 0, at, String.valueOf(best.score()), (int) best.unassignedCount(),
                best.items().stream().map(SolvedPlan::item).toList());
    }

    private static RotaItem item(PlanItem item) {
        Period period = item.isPlaced() ? item.period() : null;
        PlanRoom room = item.isPlaced() ? item.room() : null;
        Person lead = item.lead();
        String practice = room != null ? room.site().name() : item instanceof ClinicItem c ? c.practice().name() : null;
        String time = period == null || period.isWholeSession() ? null
                : period.times().start() + "–" + period.times().end();
        return new RotaItem(item.key(), activity(item), period == null ? null : period.date(),
                period == null ? null : period.session(), time, lead == null ? null : lead.name(),
                lead == null ? null : lead.role(), practice,
                room == null ? null : room.name(), item.isPinned(), item.isPlaced() ? null : NOT_YET);
    }

    private static Activity activity(PlanItem item) {
        return switch (item) {
            case ClinicItem c -> Activity.CLINIC;
            case SupervisionItem s -> Activity.valueOf(s.kind().name());
            default -> Activity.WORK;
        };
    }
}
