package uk.pcnplanner.solver.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * The best few placements for one item, for assisted editing: every option is tried on the plan,
 * scored in full, and put back, so the ranking is exactly the score effect.
 */
public final class BestPlaces {

    /** @param effect the score change the placement brings, against leaving the item as it is */
    public record Placement(Person person, Period period, PlanRoom room, HardMediumSoftScore effect) {}

    private final SolutionManager<PlanSolution, HardMediumSoftScore> scoring;

    public BestPlaces(SolverSettings settings) {
        this.scoring = SolutionManager.create(SolverFactory.create(settings.solverConfig()));
    }

    /** The plan is back as it was afterwards. */
    public List<Placement> find(PlanSolution plan, PlanItem item, int count) {
        HardMediumSoftScore before = scoring.update(plan);
        List<Placement> all = new ArrayList<>();
        switch (item) {
            case ClinicItem c -> {
                Person person = c.person();
                Period period = c.period();
                PlanRoom room = c.room();
                for (Person p : c.candidates()) {
                    for (Period t : c.periods()) {
                        for (PlanRoom r : c.rooms()) {
                            c.place(p, t, r);
                            all.add(new Placement(p, t, r, scoring.update(plan).subtract(before)));
                        }
                    }
                }
                c.place(person, period, room);
            }
            case SupervisionItem s -> {
                Period period = s.period();
                PlanRoom room = s.room();
                for (Period t : s.periods()) {
                    for (PlanRoom r : withNone(s.rooms())) {
                        s.place(t, r);
                        all.add(new Placement(s.supervisor(), t, r, scoring.update(plan).subtract(before)));
                    }
                }
                s.place(period, room);
            }
            case WorkItem w -> {
                PlanRoom room = w.room();
                for (PlanRoom r : w.rooms()) {
                    w.place(r);
                    all.add(new Placement(w.person(), w.period(), r, scoring.update(plan).subtract(before)));
                }
                w.place(room);
            }
            default -> throw new IllegalArgumentException("Not a plan item: " + item);
        }
        scoring.update(plan);
        return all.stream().sorted(Comparator.comparing(Placement::effect).reversed()).limit(count).toList();
    }

    // A remote window needs no room, so "no room" is an option too.
    private static List<PlanRoom> withNone(List<PlanRoom> rooms) {
        List<PlanRoom> options = new ArrayList<>(rooms);
        options.add(null);
        return options;
    }
}
