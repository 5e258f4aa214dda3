package uk.pcnplanner.solver.service;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.CompositeMove;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.Period;
import uk.pcnplanner.solver.domain.Person;
import uk.pcnplanner.solver.domain.PlanRoom;
import uk.pcnplanner.solver.domain.PlanSolution;

/**
 * Leaves out the placements of a clinic (person, session and room together) that break a hard
 * rule whatever else is planned, so the search spends no score calculation on them: most of the
 * combinations are people in sessions they do not work, or rooms another practice's doctors hold.
 * See {@link ClinicItem#couldBePlaced}.
 */
public final class ClinicPlacementFilter implements SelectionFilter<PlanSolution, Move<PlanSolution>> {

    @Override
    public boolean accept(ScoreDirector<PlanSolution> scoreDirector, Move<PlanSolution> move) {
        if (!(move instanceof CompositeMove<PlanSolution> together)) {
            return true;
        }
        ClinicItem clinic = null;
        Person person = null;
        Period period = null;
        PlanRoom room = null;
        for (Move<PlanSolution> part : together.getMoves()) {
            if (!(part instanceof ChangeMove<PlanSolution> change) || !(change.getEntity() instanceof ClinicItem item)) {
                return true;
            }
            if (clinic == null) {
                clinic = item;
                person = item.person();
                period = item.period();
                room = item.room();
            }
            Object value = change.getToPlanningValue();
            switch (change.getVariableName()) {
                case "person" -> person = (Person) value;
                case "period" -> period = (Period) value;
                case "room" -> room = (PlanRoom) value;
                default -> {
                    return true;
                }
            }
        }
        return clinic == null || clinic.couldBePlaced(person, period, room);
    }
}
