package uk.pcnplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.PlanWeights;
import uk.pcnplanner.solver.service.SolverSettings;

/** Scores a hand-made plan with a configured weight, to show the weight is what the rule applies. */
public final class WeightCheck {

    private static final SolutionManager<PlanSolution, HardMediumSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(SolverSettings.defaults().solverConfig()));

    private WeightCheck() {}

    /** Asserts the rule costs {@code weight × matchWeight} at its level when its weight is set to {@code weight}. */
    public static void assertWeightApplied(String constraint, int matchWeight, Object... things) {
        int weight = 7;
        PlanSolution solution = Plans.solution(PlanWeights.of(Map.of(constraint, weight)), things);
        ConstraintMatchTotal<HardMediumSoftScore> total = SCORING.explain(solution)
                .getConstraintMatchTotalMap()
                .get(PlanWeights.PACKAGE + "/" + constraint);
        HardMediumSoftScore level = new PlanWeights().weights().get(constraint);
        HardMediumSoftScore expected = HardMediumSoftScore.of(
                -Integer.signum(level.hardScore()) * weight * matchWeight,
                -Integer.signum(level.mediumScore()) * weight * matchWeight,
                -Integer.signum(level.softScore()) * weight * matchWeight);
        assertThat(total).as(constraint + " matched").isNotNull();
        assertThat(total.getScore()).isEqualTo(expected);
    }
}
