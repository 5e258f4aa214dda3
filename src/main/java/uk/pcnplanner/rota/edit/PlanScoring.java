package uk.pcnplanner.rota.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.service.SolverSettings;

/**
 * Scores a plan with the solver's own constraint provider, as OptaPlanner's score explanation,
 * so an edit is judged by exactly the rules the solver follows and never by a copy of them.
 */
final class PlanScoring {

    /** One broken hard rule and what it is about, comparable between two scorings of the same plan. */
    record Break(String rule, List<Object> indicted) {}

    /** A plan's score, its hard breaks, and the score each rule costs. */
    record Scored(HardMediumSoftScore score, Set<Break> hardBreaks, Map<String, HardMediumSoftScore> byRule) {

        /** The hard breaks this plan has that {@code before} did not: what a change brought. */
        Set<Break> newSince(Scored before) {
            Set<Break> added = new LinkedHashSet<>(hardBreaks);
            added.removeAll(before.hardBreaks);
            return added;
        }

        int softChange(String rule, Scored before) {
            return rule(rule).softScore() - before.rule(rule).softScore();
        }

        private HardMediumSoftScore rule(String rule) {
            return byRule.getOrDefault(rule, HardMediumSoftScore.ZERO);
        }
    }

    private final SolutionManager<PlanSolution, HardMediumSoftScore> scoring;

    PlanScoring(SolverSettings settings) {
        this.scoring = SolutionManager.create(SolverFactory.create(settings.solverConfig()));
    }

    Scored score(PlanSolution plan) {
        ScoreExplanation<PlanSolution, HardMediumSoftScore> explanation = scoring.explain(plan);
        Set<Break> hard = new LinkedHashSet<>();
        Map<String, HardMediumSoftScore> byRule = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            byRule.put(total.getConstraintName(), total.getScore());
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() < 0) {
                    hard.add(new Break(total.getConstraintName(), new ArrayList<>(match.getIndictedObjectList())));
                }
            }
        }
        return new Scored(explanation.getScore(), hard, byRule);
    }
}
