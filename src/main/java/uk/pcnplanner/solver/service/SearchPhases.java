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

    private SearchPhases() {}

    /**
     * @param clinicsOnlyEnd when the short search over clinics alone stops
     * @param lastEnd when the last search stops; the first-fit phases stop on their own
     */
    static List<PhaseConfig> phases(TerminationConfig clinicsOnlyEnd, TerminationConfig lastEnd) {
        MoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig(),
                together(ClinicItem.class, CLINIC),
                together(SupervisionItem.class, SUPERVISION)));
        return List.of(firstFit(ClinicItem.class, CLINIC), clinicsOnly(clinicsOnlyEnd),
                firstFit(SupervisionItem.class, SUPERVISION), firstFit(WorkItem.class, "room"),
                new LocalSearchPhaseConfig().withMoveSelectorConfig(moves).withTerminationConfig(lastEnd));
    }

    /**
     * Link workers are shared by several practices, so first fit leaves a few clinics with no one
     * free; a short search over the clinics alone, before rooms fill up, swaps them into place.
     */
    private static PhaseConfig clinicsOnly(TerminationConfig end) {
        EntitySelectorConfig clinics = new EntitySelectorConfig(ClinicItem.class);
        MoveSelectorConfig moves = new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(clinics),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(clinics),
                together(ClinicItem.class, CLINIC)));
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(moves).withTerminationConfig(end);
    }

    // Clinics first, as what practices asked for; then supervision; rooms for working sessions last.
    private static PhaseConfig firstFit(Class<?> entity, String... variables) {
        String id = entity.getSimpleName() + "Placer";
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(entity).withId(id))
                .withMoveSelectorConfigList(List.of(new CartesianProductMoveSelectorConfig(changes(entity, id, false, variables)))));
    }

    private static MoveSelectorConfig together(Class<?> entity, String... variables) {
        return new CartesianProductMoveSelectorConfig(changes(entity, entity.getSimpleName(), true, variables));
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
