package uk.pcnplanner.solver.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One network's planning problem over the rota horizon: clinics, room bookings and supervision together. */
@PlanningSolution
public class PlanSolution {

    @ProblemFactProperty
    private Horizon horizon;

    @ProblemFactCollectionProperty
    private List<Site> sites;

    @ProblemFactCollectionProperty
    private List<Person> people;

    @ProblemFactCollectionProperty
    private List<PlanRoom> rooms;

    @PlanningEntityCollectionProperty
    private List<ClinicItem> clinics;

    @PlanningEntityCollectionProperty
    private List<WorkItem> work;

    @PlanningEntityCollectionProperty
    private List<SupervisionItem> supervision;

    @ConstraintConfigurationProvider
    private PlanWeights weights;

    @PlanningScore
    private HardMediumSoftScore score;

    PlanSolution() {}

    public PlanSolution(Horizon horizon, List<Site> sites, List<Person> people, List<PlanRoom> rooms,
            List<ClinicItem> clinics, List<WorkItem> work, List<SupervisionItem> supervision, PlanWeights weights) {
        this.horizon = horizon;
        this.sites = sites;
        this.people = people;
        this.rooms = rooms;
        this.clinics = clinics;
        this.work = work;
        this.supervision = supervision;
        this.weights = weights;
    }

    public List<PlanItem> items() {
        List<PlanItem> all = new ArrayList<>(clinics.size() + work.size() + supervision.size());
        Stream.of(clinics, work, supervision).forEach(all::addAll);
        return all;
    }

    public long unassignedCount() {
        return items().stream().filter(item -> !item.isPlaced()).count();
    }

    public Horizon horizon() {
        return horizon;
    }

    public List<Site> sites() {
        return sites;
    }

    public List<Person> people() {
        return people;
    }

    public List<PlanRoom> rooms() {
        return rooms;
    }

    public List<ClinicItem> clinics() {
        return clinics;
    }

    public List<WorkItem> work() {
        return work;
    }

    public List<SupervisionItem> supervision() {
        return supervision;
    }

    public PlanWeights weights() {
        return weights;
    }

    public HardMediumSoftScore score() {
        return score;
    }

    public void setWeights(PlanWeights weights) {
        this.weights = weights;
    }
}
