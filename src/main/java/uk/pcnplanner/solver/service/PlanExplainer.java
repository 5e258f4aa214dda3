package uk.pcnplanner.solver.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.pcnplanner.solver.domain.Occupancy;
import uk.pcnplanner.solver.domain.PlanItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.RoomUse;
import uk.pcnplanner.solver.service.PlanExplanation.RuleScore;

/** Explains a plan's score per rule and per item, through OptaPlanner's score explanation. */
public final class PlanExplainer {

    private final SolutionManager<PlanSolution, HardMediumSoftScore> scoring;

    public PlanExplainer(SolverSettings settings) {
        this.scoring = SolutionManager.create(SolverFactory.create(settings.solverConfig()));
    }

    public PlanExplanation explain(PlanSolution plan) {
        ScoreExplanation<PlanSolution, HardMediumSoftScore> explanation = scoring.explain(plan);
        Map<String, HardMediumSoftScore> weights = plan.weights().weights();
        Map<Long, String> keys = new HashMap<>();
        plan.items().forEach(item -> keys.put(item.id(), item.key()));
        List<RuleScore> rules = new ArrayList<>();
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            HardMediumSoftScore weight = weights.get(total.getConstraintName());
            rules.add(new RuleScore(level(weight), total.getConstraintName(), magnitude(weight),
                    total.getConstraintMatchCount(), total.getScore().toShortString()));
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                for (Object indicted : match.getIndictedObjectList()) {
                    String key = keys.get(itemId(indicted));
                    if (key != null) {
                        byItem.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(total.getConstraintName() + " (" + match.getScore().toShortString() + ")");
                    }
                }
            }
        }
        rules.sort(Comparator.comparing(RuleScore::level, Comparator.comparing(List.of("HARD", "MEDIUM", "SOFT")::indexOf)));
        return new PlanExplanation(explanation.getScore().toString(), rules, byItem);
    }

    private static Long itemId(Object indicted) {
        return switch (indicted) {
            case PlanItem item -> item.id();
            case Occupancy o -> o.itemId();
            case RoomUse u -> u.itemId();
            default -> null;
        };
    }

    static String level(HardMediumSoftScore weight) {
        return weight.hardScore() != 0 ? "HARD" : weight.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    static int magnitude(HardMediumSoftScore weight) {
        return weight.hardScore() + weight.mediumScore() + weight.softScore();
    }
}
