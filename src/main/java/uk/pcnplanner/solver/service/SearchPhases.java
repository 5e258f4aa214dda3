package uk.pcnplanner.solver.service;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/**
 * The search: first fit, then local search. A clinic only counts once it has a person, a session
 * and a room, so changing one of them at a time crosses a plateau; moves that change all of an
 * item's decisions at once let the search place an unplaced item in one step.
 */
final class SearchPhases {

    private static final String[] CLINIC = {"person", "period", "room"};
    private static final String[] SUPERVISION = {"period", "room"};
    /** Share of the last search's moves for rooms of working sessions, against 1 for each kind of clinic move. */
    private static final double WORKING_SESSIONS = 8;
    /**
     * Late acceptance compares a move with the score this many steps ago. OptaPlanner's default (400)
     * wanders further; 100 placed 14 more items in the same number of score calculations on the M network.
     */
    private static final int LATE_ACCEPTANCE = 100;

    private SearchPhases() {}

    /**
     * @param clinicsOnlyEnd when the short search over clinics alone stops
     * @param lastEnd when the last search stops; the first-fit phases stop on their own
     */
    static List<PhaseConfig> phases(TerminationConfig clinicsOnlyEnd, TerminationConfig lastEnd) {
        return List.of(firstFit(ClinicItem.class, CLINIC), clinicsOnly(clinicsOnlyEnd),
                firstFit(SupervisionItem.class, SUPERVISION), firstFit(WorkItem.class, "room"),
                new LocalSearchPhaseConfig().withMoveSelectorConfig(lastMoves())
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                        .withTerminationConfig(lastEnd));
    }

    /**
     * Moves are picked in proportion to these weights. Left to itself, OptaPlanner gives each kind
     * of item the same share of moves, yet working sessions needing a room are most of the items
     * (about 85% in a network like the demo): weighting them by their number lets the search
     * reach its medium score (items placed) several times sooner (BENCHMARKS.md).
     */
    private static MoveSelectorConfig lastMoves() {
        return new UnionMoveSelectorConfig(List.of(
                changeMoves(WorkItem.class).withFixedProbabilityWeight(WORKING_SESSIONS),
                swapMoves(WorkItem.class).withFixedProbabilityWeight(WORKING_SESSIONS / 4),
                changeMoves(ClinicItem.class).withFixedProbabilityWeight(1.0),
                swapMoves(ClinicItem.class).withFixedProbabilityWeight(1.0),
                together(ClinicItem.class, CLINIC).withFixedProbabilityWeight(1.0),
                changeMoves(SupervisionItem.class).withFixedProbabilityWeight(0.5),
                together(SupervisionItem.class, SUPERVISION).withFixedProbabilityWeight(0.5)));
    }

    private static ChangeMoveSelectorConfig changeMoves(Class<?> entity) {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entity));
    }

    private static SwapMoveSelectorConfig swapMoves(Class<?> entity) {
        return new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entity));
    }

    /**
     * Link workers are shared by several practices, so first fit leaves a few clinics with no one
     * free; a short search over the clinics alone, before rooms fill up, swaps them into place.
     */
    private static PhaseConfig clinicsOnly(TerminationConfig end) {
        MoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                changeMoves(ClinicItem.class), swapMoves(ClinicItem.class), together(ClinicItem.class, CLINIC)));
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(moves).withTerminationConfig(end);
    }

    // Clinics first, as what practices asked for; then supervision; rooms for working sessions last.
    private static PhaseConfig firstFit(Class<?> entity, String... variables) {
        String id = entity.getSimpleName() + "Placer";
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(entity).withId(id))
                .withMoveSelectorConfigList(List.of(filtered(entity,
                        new CartesianProductMoveSelectorConfig(changes(entity, id, false, variables))))));
    }

    private static CartesianProductMoveSelectorConfig together(Class<?> entity, String... variables) {
        return filtered(entity, new CartesianProductMoveSelectorConfig(changes(entity, entity.getSimpleName(), true, variables)));
    }

    /** A clinic's placements that break its own hard rules are never tried (the first fit tried each one). */
    private static CartesianProductMoveSelectorConfig filtered(Class<?> entity, CartesianProductMoveSelectorConfig moves) {
        return entity == ClinicItem.class ? moves.withFilterClass(ClinicPlacementFilter.class) : moves;
    }

    /** One change per variable, all on the same entity: the first records it (unless a placer does), the rest mimic it. */
    private static List<MoveSelectorConfig> changes(Class<?> entity, String id, boolean records, String... variables) {
        List<MoveSelectorConfig> changes = new ArrayList<>();
        for (int i = 0; i < variables.length; i++) {
            EntitySelectorConfig entities = records && i == 0
                    ? new EntitySelectorConfig(entity).withId(id)
                    : EntitySelectorConfig.newMimicSelectorConfig(id);
            changes.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(entities)
                    .withValueSelectorConfig(new ValueSelectorConfig(variables[i])));
        }
        return changes;
    }
}
